import type { Session } from './session';
import type { Ctx } from './tree';

/** Nodes below a profile need its session; the root's children (the profiles) do not. */
export function needSession(ctx: Ctx): Session {
  if (!ctx.session) throw new Error('internal: this node needs a profile session');
  return ctx.session;
}

/** The context a node's children are listed in: entering a profile puts its session in scope. */
export function childContext(n: { type: { kind: string }; record: unknown }, ctx: Ctx): Ctx {
  if (n.type.kind === 'profile') return { session: (n.record as { session: Session }).session };
  return ctx;
}
