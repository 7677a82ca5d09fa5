import { useEffect } from 'preact/hooks';
import { MAX_POINTER_PAGE, dateOfBlock } from '../client/chain';
import { categoryName } from '../client/vocabulary';
import {
  acknowledgeShared, best, chain, fieldName, loadShared, notes, openRecord, openedOf, providerName, received, shared,
  sharedPartial, view,
} from '../state';
import { EmergencyAccess } from './Care';
import { FieldValues, Notice, blockWhen, countOf, shortAccount } from './common';

/** The records patients shared with me. */
export function SharedWithMe() {
  useEffect(() => { void loadShared(); }, [received.value]);
  const list = shared.value;
  const c = chain.value!;
  const b = best.value;
  return (
    <section aria-labelledby="shared-title">
      <h1 id="shared-title">Shared with me</h1>
      <EmergencyAccess />
      {!list && <Notice>Reading what patients shared with you…</Notice>}
      {list && list.length === 0 && <p>No patient shares records with you at the moment.</p>}
      {sharedPartial.value.map((patient) => (
        <Notice key={patient}>
          Patient <span class="mono">{shortAccount(patient)}</span> shares more records than are listed: only the newest
          {' '}{MAX_POINTER_PAGE} from each provider are.
        </Notice>
      ))}
      {notes.value.flatMap((n) => (n.kind === 'shared' ? [n] : [])).map((n) => (
        <div class="card row" key={n.patient} data-testid="shared-notice">
          <p>Patient <span class="mono">{shortAccount(n.patient)}</span> {n.updated ? 'changed what they share with you' : 'shared records with you'}.</p>
          <button onClick={() => acknowledgeShared(n.patient)}>Mark as seen<span class="sr-only"> for patient {shortAccount(n.patient)}</span></button>
        </div>
      ))}
      <ul class="grants">
        {list?.map((s) => (
          <li class="card" key={`${s.grant.id}/${s.pointer.id}`} data-testid="shared-record">
            <p>
              <strong>{categoryName(s.pointer.category)}</strong> of patient <span class="mono">{shortAccount(s.patient)}</span>, from {providerName(s.provider)}
              {' '}· recorded {blockWhen(s.pointer.updatedAt)} · {countOf(s.fields.length, 'detail')}
              {s.grant.expiry !== undefined && b && <> · until {dateOfBlock(s.grant.expiry, b.number, c.blockTimeMs).toLocaleDateString()}</>}
            </p>
            <button class="primary" onClick={() => {
              view.value = {
                name: 'shared-record', patient: s.patient, pointer: s.pointer.id, fields: s.fields,
                category: s.pointer.category, provider: s.provider,
              };
              void openRecord(s.patient, s.pointer.id, s.fields);
            }}>Open<span class="sr-only"> {categoryName(s.pointer.category)} of {blockWhen(s.pointer.updatedAt)}, patient {shortAccount(s.patient)}</span></button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A record shared with me: only the granted fields; a refusal in words. */
export function SharedRecord({ patient, pointer, fields, category, provider }: {
  patient: string; pointer: bigint; fields: number[]; category: number; provider: string;
}) {
  const o = openedOf(patient, pointer);
  return (
    <section aria-labelledby="srecord-title">
      <button class="link" onClick={() => { view.value = { name: 'shared' }; }}>← Shared with me</button>
      <h1 id="srecord-title">{categoryName(category)}</h1>
      <p class="muted">Patient <span class="mono">{shortAccount(patient)}</span> · from {providerName(provider)} · record {String(pointer)}</p>
      {(!o || o.loading) && <Notice>Asking the provider's gatekeeper…</Notice>}
      {o?.error && <Notice kind="error">{o.error}</Notice>}
      {o?.answer && !o.error && (
        <>
          <FieldValues fields={o.answer.fields} />
          <p class="muted">You see only what the patient shared: {fields.map((f) => fieldName(pointer, f)).join(', ')}.</p>
          {o.hash === 'checked' && o.receiptOk && (
            <Notice kind="ok">Checked: the provider signed a receipt for this access, and these values match the fingerprint the chain holds for this record.</Notice>
          )}
          {/* Some fields come without the record's salt: only the provider's word, in its signed receipt, vouches for them. */}
          {o.hash === 'unchecked' && o.receiptOk && (
            <Notice kind="ok">
              Checked: the provider signed a receipt for this access, and it vouches that the record matches the chain's
              fingerprint. {o.partial ? 'With only some fields shared, the values themselves' : 'Sent without the record\'s salt, the values themselves'} cannot
              be checked in this browser.
            </Notice>
          )}
          {(o.hash === 'mismatch' || !o.receiptOk) && <Notice kind="error">Warning: this answer did not verify against the chain.</Notice>}
        </>
      )}
      <button onClick={() => openRecord(patient, pointer, fields)}>Fetch again</button>
    </section>
  );
}
