import type { ComponentChildren } from 'preact';
import { dateOfBlock, type Progress } from '../client/chain';
import type { Value } from '../client/protocol';
import { fieldLabel } from '../client/vocabulary';
import { best, chain, dismissTx, pendingTx } from '../state';

/** MEDR has 12 decimals; whole MEDR are grouped by thousands (1,000,000 MEDR). */
export function medr(planck: bigint): string {
  const whole = planck / 10n ** 12n;
  const frac = (planck % 10n ** 12n).toString().padStart(12, '0').slice(0, 6).replace(/0+$/, '');
  return `${whole.toLocaleString('en-US')}${frac ? `.${frac}` : ''} MEDR`;
}

/** A date as people write it: 31 December 2026. */
export const dateText = (d: Date) => d.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });

/**
 * When block `n` was made (or will be), from the newest block and the chain's block time, as a
 * person says it: "today, 14:05", "3 December 2026, 09:12"; "block n" before the chain is read.
 */
export function blockWhen(n: number): string {
  const d = blockDate(n);
  if (!d) return `block ${n}`;
  const time = d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return d.toDateString() === new Date().toDateString() ? `today, ${time}` : `${dateText(d)}, ${time}`;
}

/** The day of block `n` ("31 December 2026"), or "block n" before the chain is read. */
export function blockDay(n: number): string {
  const d = blockDate(n);
  return d ? dateText(d) : `block ${n}`;
}

function blockDate(n: number): Date | undefined {
  const b = best.value;
  const c = chain.value;
  return b && c ? dateOfBlock(n, b.number, c.blockTimeMs) : undefined;
}

/** "1 record", "3 records": a count with its noun. */
export const countOf = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export const shortAccount = (a: string) => `${a.slice(0, 6)}…${a.slice(-6)}`;

export function Badge({ status, title }: { status: string; title?: string }) {
  return <span class={`badge badge-${status.toLowerCase()}`} title={title}>{status}</span>;
}

export function Notice({ kind = 'info', children }: { kind?: 'info' | 'error' | 'ok'; children: ComponentChildren }) {
  return <p class={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>{children}</p>;
}

function stageText(p: Progress): string {
  switch (p.stage) {
    case 'estimating': return 'Working out the fee…';
    case 'fee': return `Fee: ${medr(p.fee)}. Confirm to sign it in your wallet.`;
    case 'signing': return 'Waiting for your wallet to sign…';
    case 'submitted': return 'Sent to the chain…';
    case 'in-block': return `In block ${p.block.number}; waiting for it to be final…`;
    case 'finalized': return `Done: final in block ${p.block.number}.`;
    case 'failed': return p.message;
  }
}

const STEPS = ['signing', 'in-block', 'finalized'] as const;

/** The current transaction: its fee, then signing → in block → finalized, or the error. */
export function TxPanel() {
  const tx = pendingTx.value;
  if (!tx) return null;
  const p = tx.progress;
  const reached = p.stage === 'finalized' ? 3 : p.stage === 'in-block' ? 2 : p.stage === 'signing' || p.stage === 'submitted' ? 1 : 0;
  return (
    <section class={`tx tx-${p.stage}`} aria-labelledby="tx-title" data-testid="tx">
      <h2 id="tx-title">{tx.label}</h2>
      {'fee' in p && p.fee !== undefined && <p class="tx-fee">Fee: <strong>{medr(p.fee)}</strong></p>}
      {p.stage !== 'estimating' && p.stage !== 'fee' && p.stage !== 'failed' && (
        <ol class="steps">
          {STEPS.map((s, i) => <li class={i < reached ? 'done' : ''} key={s}>{['Signed', 'In a block', 'Final'][i]}</li>)}
        </ol>
      )}
      <p role={p.stage === 'failed' ? 'alert' : 'status'} class={p.stage === 'failed' ? 'error-text' : ''} data-testid="tx-status">{stageText(p)}</p>
      {p.stage === 'fee' && (
        <div class="actions">
          <button class="primary" onClick={tx.confirm}>Sign and send</button>
          <button onClick={tx.cancel}>Cancel</button>
        </div>
      )}
      {(p.stage === 'finalized' || p.stage === 'failed') && <button onClick={dismissTx}>Close</button>}
    </section>
  );
}

/** A disclosed field as the gatekeeper sends it. */
interface Field { code: number; name: string; value: Value }

const shown = (v: Value): string => (v === null ? '—' : Array.isArray(v) ? v.map(shown).join(', ') : String(v));

/**
 * A record's values with their fields' names: a list of name and value, or, for a panel (a
 * record of several rows, each field a list), a table with a row per result.
 */
export function FieldValues({ fields }: { fields: Field[] }) {
  const rows = fields.reduce((n, f) => (Array.isArray(f.value) ? Math.max(n, f.value.length) : n), 0);
  if (rows === 0) {
    return (
      <dl class="values" data-testid="values">
        {fields.map((f) => <div key={f.code}><dt>{fieldLabel(f.name)}</dt><dd>{shown(f.value)}</dd></div>)}
      </dl>
    );
  }
  return (
    <table class="values panel" data-testid="values">
      <caption>{rows === 1 ? '1 result' : `${rows} results`}, read together</caption>
      <thead><tr>{fields.map((f) => <th key={f.code} scope="col">{fieldLabel(f.name)}</th>)}</tr></thead>
      <tbody>
        {Array.from({ length: rows }, (_, row) => (
          <tr key={row}>{fields.map((f) => <td key={f.code}>{shown(Array.isArray(f.value) ? f.value[row] ?? null : f.value)}</td>)}</tr>
        ))}
      </tbody>
    </table>
  );
}
