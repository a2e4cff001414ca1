// A refused or failed call, reduced to what a page shows: the stable reason code (WRONG_PART,
// ROLE_NOT_ALLOWED, …), the field it concerns and the server's words, plus whether the gateway was
// reachable at all (a network failure is not a refusal: the terminal queues it).
export class ApiError extends Error {
  constructor({ status, code, reason, field, message, unreachable = false }) {
    super(message || reason || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.reason = reason;
    this.field = field;
    this.unreachable = unreachable;
  }

  // The gateway did not answer, or a proxy in front of it said the gateway is down.
  get retryable() {
    return this.unreachable || this.status === 502 || this.status === 503 || this.status === 504;
  }

  static unreachableError(cause) {
    return new ApiError({ status: 0, reason: 'GATEWAY_UNREACHABLE', message: String(cause?.message || cause), unreachable: true });
  }

  // The JSON form of google.rpc.Status: { code, message, details: [ {@type, …} ] }. The reason code is
  // a PreconditionFailure's type, an ErrorInfo's reason, or for a BadRequest the field's violation.
  static fromStatus(status, body) {
    const details = Array.isArray(body?.details) ? body.details : [];
    let reason = null;
    let field = null;
    for (const detail of details) {
      const type = String(detail['@type'] || '');
      if (type.endsWith('google.rpc.PreconditionFailure') && detail.violations?.length) {
        reason ??= detail.violations[0].type;
        field ??= detail.violations[0].subject;
      } else if (type.endsWith('google.rpc.ErrorInfo')) {
        reason ??= detail.reason;
        field ??= detail.metadata?.field ?? null;
      } else if (type.endsWith('google.rpc.BadRequest') && detail.fieldViolations?.length) {
        reason ??= 'INVALID_ARGUMENT';
        field ??= detail.fieldViolations[0].field;
      } else if (type.endsWith('google.rpc.ResourceInfo')) {
        reason ??= 'NOT_FOUND';
        field ??= detail.resourceType;
      }
    }
    if (!reason) {
      reason = { 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND' }[status] ?? `HTTP_${status}`;
    }
    return new ApiError({ status, code: body?.code, reason, field, message: body?.message });
  }
}
