import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RuleRefusedError,
  UnauthenticatedError,
  ValidationError,
} from '../../../shared/domain/errors';
import { errorResponse } from '../../../shared/http/error-response';

const bodyOf = (response: { body?: string }) => JSON.parse(response.body ?? '{}');

describe('the one mapping from errors to HTTP answers', () => {
  it.each([
    [new ValidationError([{ path: 'body.year', code: 'too_small', message: 'Năm không hợp lệ.' }]), 400],
    [new UnauthenticatedError(), 401],
    [new ForbiddenError('ROLE_NOT_ALLOWED'), 403],
    [new NotFoundError('nomination', 'n-1'), 404],
    [new ConflictError('NOMINATION_VERSION_CONFLICT', 'Hồ sơ đã được người khác cập nhật.'), 409],
    [
      new RuleRefusedError([
        { ruleId: 'CSTDCS.quota', citation: 'Điều 5 NĐ 152/2025', message: 'Vượt tỷ lệ.' },
      ]),
      422,
    ],
  ])('maps %s to %i with its stable code', (error, status) => {
    const response = errorResponse(error);

    expect(response.statusCode).toBe(status);
    expect(bodyOf(response).error.code).toBe(error.code);
  });

  it('names the field of each validation issue', () => {
    const response = errorResponse(
      new ValidationError([{ path: 'body.nominee.fullName', code: 'too_big', message: 'Tối đa 120 ký tự.' }]),
    );

    expect(bodyOf(response).error.issues).toEqual([
      { path: 'body.nominee.fullName', code: 'too_big', message: 'Tối đa 120 ký tự.' },
    ]);
  });

  it('hides everything about an unexpected error behind a generic 500', () => {
    const response = errorResponse(
      new Error('ResourceNotFoundException: table tdkt-prod not found at 10.0.0.1'),
    );

    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('tdkt-prod');
    expect(bodyOf(response).error).toEqual({
      code: 'INTERNAL_ERROR',
      message: 'Hệ thống gặp sự cố. Vui lòng thử lại sau.',
    });
  });
});
