import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { IDEMPOTENCY_TABLE_DEFINITION } from '../../shared/store/idempotency-table';
import { TABLE_DEFINITION } from '../../shared/store/table-definition';

const attribute = (key: { name: string; type: 'S' }) => ({ name: key.name, type: AttributeType.STRING });

/**
 * The province's data: the single table, built from the same definition `ensureTable` uses
 * locally, and the Powertools idempotency records. Both are on-demand, kept on stack deletion,
 * protected from deletion and continuously backed up (35 days of point-in-time recovery).
 */
export class Data extends Construct {
  readonly table: Table;
  readonly idempotencyTable: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const definition = TABLE_DEFINITION;
    this.table = new Table(this, 'Table', {
      partitionKey: attribute(definition.partitionKey),
      sortKey: attribute(definition.sortKey),
      billingMode: BillingMode.PAY_PER_REQUEST,
      stream: StreamViewType[definition.streamViewType],
      timeToLiveAttribute: definition.timeToLiveAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 35 },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of definition.globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
        projectionType: ProjectionType.ALL,
      });
    }

    // Idempotency records live 24 h; PITR costs by size, so on a table this small it is nearly
    // free and keeps the "every table is recoverable" rule without exceptions.
    this.idempotencyTable = new Table(this, 'IdempotencyTable', {
      partitionKey: attribute(IDEMPOTENCY_TABLE_DEFINITION.partitionKey),
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: IDEMPOTENCY_TABLE_DEFINITION.timeToLiveAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 35 },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
