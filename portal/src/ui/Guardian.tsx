import { useEffect } from 'preact/hooks';
import { categoryName } from '../client/vocabulary';
import {
  loadWard, openRecord, openedOf, personName, providerName, view, wardGrants, wardList, wardRecords,
} from '../state';
import { Notice, blockDay, blockWhen } from './common';
import { GrantList, RecordList, RecordValues, SensitiveBadge, ShareWizard, recordLine } from './Patient';

/** The people this account acts for as their guardian, each with their records. */
export function Wards() {
  return (
    <section aria-labelledby="wards-title">
      <h1 id="wards-title">People I act for</h1>
      <p class="help">You are their guardian: you see their records as they do. Each record you open is in their access history, under your account.</p>
      {wardList.value.length === 0 && <p>You are nobody's guardian at the moment.</p>}
      {wardList.value.map((w) => {
        const until = w.until === undefined ? 'until they remove you' : `until ${blockDay(w.until)}`;
        return (
          <article class="card" key={w.patient} data-testid="ward">
            <h2>{personName(w.patient)}</h2>
            <p>
              {w.appointed ? 'The consortium appointed you' : 'They chose you'}, {until}: you{' '}
              {w.powers === 'View' ? 'see their records' : 'see their records and may share them for them'}.
            </p>
            <WardRecords patient={w.patient} />
            {w.powers === 'ManageSharing' && <WardSharing patient={w.patient} />}
          </article>
        );
      })}
    </section>
  );
}

function WardRecords({ patient }: { patient: string }) {
  useEffect(() => { void loadWard(patient); }, [patient]);
  const records = wardRecords.value.get(patient);
  if (!records) return <Notice>Reading their records…</Notice>;
  if (records.length === 0) return <p>No provider has records for them yet.</p>;
  return (
    <>
      {records.map((r) => (
        <div key={r.provider} data-testid="ward-provider">
          <h3>From {providerName(r.provider)}</h3>
          {r.pointerCount === 0 && <p class="help">No records yet.</p>}
          <RecordList patient={patient} records={r} item={(p) => (
            <>
              <span class="record-name">
                <span class="category">{categoryName(p.category)}</span>
                <span class="muted" title={`record ${String(p.id)}, changed in block ${p.updatedAt}`}>{recordLine(p)}</span>
              </span>
              <SensitiveBadge category={p.category} />
              <button onClick={() => { view.value = { name: 'ward-record', patient, pointer: p.id }; }}>
                Open<span class="sr-only"> {categoryName(p.category)} of {blockWhen(p.updatedAt)}, {personName(patient)}'s</span>
              </button>
            </>
          )} />
        </div>
      ))}
    </>
  );
}

/** What a ward shares, and sharing for them: a `ManageSharing` guardian's grants name the guardian. */
function WardSharing({ patient }: { patient: string }) {
  const records = wardRecords.value.get(patient);
  const given = wardGrants.value.get(patient);
  if (!records || !given) return null;
  const reload = () => { void loadWard(patient); };
  return (
    <section aria-label={`What ${personName(patient)} shares`} data-testid="ward-sharing">
      <h3>Who can see their records</h3>
      <GrantList list={given} records={records} empty="They share nothing at the moment." onChange={reload} />
      <ShareWizard records={records} onBehalfOf={patient} onShared={reload} />
    </section>
  );
}

/** One of a ward's records, fetched from the provider's gatekeeper as their guardian. */
export function WardRecord({ patient, pointer }: { patient: string; pointer: bigint }) {
  const p = (wardRecords.value.get(patient) ?? []).flatMap((r) => r.pointers).find((x) => x.id === pointer);
  const o = openedOf(patient, pointer);
  useEffect(() => { if (p && !o) void openRecord(patient, pointer, p.fields, p.contentHash); }, [p?.id]);
  const back = <button class="link" onClick={() => { view.value = { name: 'wards' }; }}>← People I act for</button>;
  if (!p) return <>{back}<Notice kind="error">This record is no longer on the chain.</Notice></>;
  return (
    <section aria-labelledby="ward-record-title">
      {back}
      <h1 id="ward-record-title">{categoryName(p.category)} of {personName(patient)}</h1>
      <p class="muted">From {providerName(p.provider)} · recorded {blockWhen(p.updatedAt)}</p>
      {(!o || o.loading) && <Notice>Asking {providerName(p.provider)} for the record…</Notice>}
      {o?.error && <Notice kind="error">{o.error}</Notice>}
      {o?.answer && <RecordValues opened={o} />}
    </section>
  );
}
