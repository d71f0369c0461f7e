import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { BALLOT_TABLE_DEFINITION, ballotTableNameFor } from '../../shared/store/ballot-table';
import { IDEMPOTENCY_TABLE_DEFINITION } from '../../shared/store/idempotency-table';
import { TABLE_DEFINITION } from '../../shared/store/table-definition';

const attribute = (key: { name: string; type: 'S' }) => ({ name: key.name, type: AttributeType.STRING });

/**
 * The province's data: the single table, built from the same definition `ensureTable` uses
 * locally, and the idempotency records of the create-or-decide requests. Both are on-demand, kept on stack deletion,
 * protected from deletion and continuously backed up (35 days of point-in-time recovery).
 */
export class Data extends Construct {
  readonly table: Table;
  readonly idempotencyTable: Table;
  /** Secret ballots: no stream, no point-in-time recovery, by design (`ballot-table.ts`). */
  readonly ballotTable: Table;

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

    // Named after the main table (`ballotTableNameFor`), so functions find it from TABLE_NAME.
    this.ballotTable = new Table(this, 'BallotTable', {
      tableName: ballotTableNameFor(this.table.tableName),
      partitionKey: attribute(BALLOT_TABLE_DEFINITION.partitionKey),
      sortKey: attribute(BALLOT_TABLE_DEFINITION.sortKey),
      billingMode: BillingMode.PAY_PER_REQUEST,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.ballotTable).acknowledge({
      id: 'AwsSolutions-DDB3',
      reason:
        'Secret ballots: point-in-time recovery would let a restore at an instant be compared with the voters recorded at that instant, linking a member to a choice. Ballots are counted when the meeting closes; the tally is kept with the closed meeting in the main table, which has PITR.',
    });
  }
}
