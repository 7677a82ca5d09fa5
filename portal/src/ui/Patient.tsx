import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { dateOfBlock, type GrantView, type PointerView, type ProviderRecords } from '../client/chain';
import {
  CATEGORIES, CATEGORY_CODES, SENSITIVE_LIST, STATUS_HELP, categoryName, emergencyReason, isSensitive,
} from '../client/vocabulary';
import {
  acceptGuardian, account, acknowledge, best, chain, checkShare, consent, declineGuardian, fieldName, grants, history,
  isLoadingMore, loadHistory, moreErrorOf, notes, openRecord, openedOf, personName, pointers, providerName, rejectRecords,
  reviewEmergency, revoke, setResearchConsent, share, showMorePointers, summary, view, type Opened, type ShareInput,
  type ShareWhat, knownProviders, roles, checkGrantee, hasFieldName, granteeText, loadProviderGroups, providerGroups,
} from '../state';
import { MyGuardians } from './Care';
import { Badge, FieldValues, Notice, blockWhen, countOf, dateText, shortAccount } from './common';

/** My records from every provider, by category, with each provider's status. */
export function PatientHome() {
  const s = summary.value;
  if (!s) return <Notice>Reading your records from the chain…</Notice>;
  const pending = notes.value.filter((n) => n.kind === 'relationship');
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">My records</h1>
      {roles.value?.number !== undefined && (
        <p class="muted" data-testid="medrec-number">
          Your MedRec number is <strong>{String(roles.value.number)}</strong>. A provider's registration desk records it, so
          that its systems find your records; it stays yours if you ever move to a new account.
        </p>
      )}
      <p aria-live="polite" data-testid="notification-count">
        {pending.length === 0 ? 'Nothing new.' : `${pending.length} provider${pending.length > 1 ? 's have' : ' has'} new or changed records for you.`}
      </p>
      <Attention />
      {s.length === 0 && <Notice>No provider has records for you yet. When one adds a record, it appears here at once.</Notice>}
      {s.map((r) => (
        <article class="card provider" key={r.provider} data-testid="provider">
          <header class="row">
            <h2>{providerName(r.provider)}</h2>
            <Badge status={r.status} title={STATUS_HELP[r.status]} />
          </header>
          <p class="help">{STATUS_HELP[r.status]}</p>
          {(r.status === 'New' || r.status === 'Updated') && (
            <div class="actions">
              <button class="primary" onClick={() => acknowledge(r.provider)}>Acknowledge</button>
              <button onClick={() => rejectRecords(r.provider)}>Not mine / wrong</button>
            </div>
          )}
          {r.status === 'Rejected' && <div class="actions"><button onClick={() => acknowledge(r.provider)}>Accept them after all</button></div>}
          <RecordList patient={account.value!.address} records={r} item={(p) => (
            <>
              <span class="record-name">
                <span class="category">{categoryName(p.category)}</span>
                <span class="muted" title={`record ${String(p.id)}, changed in block ${p.updatedAt}`}>{recordLine(p)}</span>
              </span>
              <SensitiveBadge category={p.category} />
              <button onClick={() => { view.value = { name: 'record', pointer: p.id }; }}>Open<span class="sr-only"> {categoryName(p.category)} of {blockWhen(p.updatedAt)}</span></button>
            </>
          )} />
        </article>
      ))}
    </section>
  );
}

/** A record in a list, in words: when its provider last recorded it and how many details it has. */
export const recordLine = (p: PointerView) =>
  `${blockWhen(p.updatedAt)} · ${countOf(p.fields.length, 'detail')}`;

/** "Sensitive" beside a record of a sensitive class (mental health, genetics, …). */
export function SensitiveBadge({ category }: { category: number }) {
  if (!isSensitive(category)) return null;
  return <Badge status="Sensitive" title="A sensitive kind of record: share it only with people who need it." />;
}

/**
 * A relationship's records, newest first: the pages read so far, how many there are, and
 * "Show more" for the next page. After it, focus moves to the first record added, so a
 * keyboard user carries on where the list grew.
 */
export function RecordList({ patient, records: r, item }: {
  patient: string; records: ProviderRecords; item: (p: PointerView) => ComponentChildren;
}) {
  const uid = useId();
  const list = useRef<HTMLUListElement>(null);
  const [focusAt, setFocusAt] = useState<number | null>(null);
  useEffect(() => {
    if (focusAt === null || r.pointers.length <= focusAt) return;
    list.current?.children[focusAt]?.querySelector('button')?.focus();
    setFocusAt(null);
  }, [r.pointers.length, focusAt]);
  if (r.pointerCount === 0) return null;
  const shown = r.pointers.length;
  const more = r.pointerCount - shown;
  const loading = isLoadingMore(patient, r.provider);
  const error = moreErrorOf(patient, r.provider);
  return (
    <>
      <ul class="records" ref={list}>
        {r.pointers.map((p) => <li key={String(p.id)}>{item(p)}</li>)}
      </ul>
      <p class="help" id={`${uid}-count`} aria-live="polite" data-testid="record-count">
        {more > 0 ? `Showing the newest ${shown} of ${countOf(r.pointerCount, 'record')}.` : `${countOf(r.pointerCount, 'record')}.`}
      </p>
      {more > 0 && (
        <button type="button" aria-describedby={`${uid}-count`} aria-disabled={loading ? 'true' : undefined} onClick={async () => {
          if (loading) return;
          setFocusAt(shown);
          if (!(await showMorePointers(patient, r.provider))) setFocusAt(null);
        }}>
          Show more<span class="sr-only"> records from {providerName(r.provider)}</span>
        </button>
      )}
      {loading && <Notice>Reading more records…</Notice>}
      {error && <Notice kind="error">{error}</Notice>}
    </>
  );
}

/**
 * What the chain asks the patient (or a guardian) to decide: emergency accesses to review, and
 * guardians a provider proposes or the consortium appointed. Nothing here happens without them,
 * except the consortium's appointment, which they can still end.
 */
function Attention() {
  const me = account.value!.address;
  const items = notes.value.filter((n) => n.kind === 'emergency' || n.kind === 'guardian-proposed' || n.kind === 'guardian-appointed');
  if (items.length === 0) return null;
  return (
    <section class="card attention" aria-labelledby="attention-title" data-testid="attention">
      <h2 id="attention-title">Needs your attention</h2>
      <ul>
        {items.map((n) => {
          switch (n.kind) {
            case 'emergency': {
              const forSomeoneElse = n.patient !== me;
              return (
                <li key={`e${n.emergency}`} data-testid="emergency">
                  <p>
                    <strong>Emergency access{forSomeoneElse ? <> to the records of {personName(n.patient)}</> : ''}.</strong>{' '}
                    {n.openedBy === n.provider
                      ? <>{providerName(n.provider)} opened {forSomeoneElse ? 'the' : 'your'} whole record</>
                      : <>{personName(n.openedBy)} of {providerName(n.provider)} opened {forSomeoneElse ? 'the' : 'your'} whole record in person</>}
                    {' '}without asking, for a few hours. Their reason: {emergencyReason(n.reason).toLowerCase()}. Was it justified?
                  </p>
                  <div class="actions">
                    <button onClick={() => reviewEmergency(n.emergency, false)}>Yes, it was justified</button>
                    <button class="danger" onClick={() => reviewEmergency(n.emergency, true)}>No, I contest it</button>
                  </div>
                </li>
              );
            }
            case 'guardian-proposed':
              return (
                <li key={`p${n.guardian}`} data-testid="guardian-proposal">
                  <p>
                    <strong>{providerName(n.proposer)} proposes a guardian for you:</strong>{' '}
                    {personName(n.guardian)}. A guardian sees your records and may act for
                    you until the date the provider set. Nothing changes unless you accept; you can remove a guardian at
                    any time.
                  </p>
                  <div class="actions">
                    <button class="primary" onClick={() => acceptGuardian(n.guardian)}>Accept</button>
                    <button onClick={() => declineGuardian(me, n.guardian)}>Decline</button>
                  </div>
                </li>
              );
            case 'guardian-appointed':
              return (
                <li key={`a${n.guardian}`} data-testid="guardian-appointed">
                  <p>
                    <strong>The consortium appointed a guardian for you:</strong>{' '}
                    {personName(n.guardian)} may see your records and act for you until the
                    appointment ends.
                  </p>
                </li>
              );
            default:
              return null;
          }
        })}
      </ul>
    </section>
  );
}

/** One of my records, fetched from the provider's gatekeeper; content hash checked here. */
export function MyRecord({ pointer }: { pointer: bigint }) {
  const me = account.value!.address;
  const p = pointers.value.find((x) => x.id === pointer);
  const o = openedOf(me, pointer);
  useEffect(() => { if (p && !o) void openRecord(me, pointer, p.fields, p.contentHash); }, [p?.id]);
  if (!p) return <Notice kind="error">This record is no longer on the chain.</Notice>;
  return (
    <section aria-labelledby="record-title">
      <button class="link" onClick={() => { view.value = { name: 'home' }; }}>← My records</button>
      <h1 id="record-title">{categoryName(p.category)}</h1>
      <p class="muted">From {providerName(p.provider)} · recorded {blockWhen(p.updatedAt)}</p>
      {(!o || o.loading) && <Notice>Asking {providerName(p.provider)} for the record…</Notice>}
      {o?.error && <Notice kind="error">{o.error}</Notice>}
      {o?.answer && (
        <>
          <RecordValues opened={o} />
          <div class="actions">
            <button class="primary" onClick={() => { view.value = { name: 'sharing', pointer }; }}>Share this record…</button>
            <button onClick={() => openRecord(me, pointer, p.fields, p.contentHash)}>Fetch again</button>
          </div>
        </>
      )}
    </section>
  );
}

/** A fetched record's values with field names, and what was checked about them. */
export function RecordValues({ opened: o }: { opened: Opened }) {
  if (!o.answer) return null;
  return (
    <>
      <FieldValues fields={o.answer.fields} />
      {o.hash === 'checked' && <Notice kind="ok">Checked: these values match the fingerprint the chain holds for this record.</Notice>}
      {o.hash === 'unchecked' && (
        <Notice>
          Not checked: {o.partial
            ? 'these are only some of the record\'s fields, which come without the record\'s salt (with it, the others could be guessed),'
            : 'the provider sent these values without the record\'s salt,'}
          {' '}so this browser cannot check them against the fingerprint the chain holds. The provider's signed receipt says they match it.
        </Notice>
      )}
      {o.hash === 'mismatch' && <Notice kind="error">Warning: these values do not match the fingerprint on the chain.</Notice>}
      {!o.receiptOk && <Notice kind="error">The provider's receipt for this access did not verify.</Notice>}
    </>
  );
}

function scopeText(g: GrantView, records: ProviderRecords[]): string {
  const s = g.scope;
  switch (s.kind) {
    case 'record': return 'all my records';
    case 'provider': {
      const r = records.find((x) => x.providerId === s.providerId);
      return r ? `everything from ${providerName(r.provider)}` : 'everything from one provider';
    }
    case 'category': return `all ${categoryName(s.category).toLowerCase()}${isSensitive(s.category) ? ' (sensitive)' : ''}`;
    case 'pointer': return oneRecord(s.pointer, records);
    case 'fields': return fieldsOf(s.pointer, s.fields, records);
  }
}

/**
 * One record in a sentence: "one laboratory results record (Bob General Hospital, today,
 * 14:05)"; by its number when it is not among the records read (an older page, or gone).
 */
function oneRecord(id: bigint, records: ProviderRecords[]): string {
  const p = records.flatMap((x) => x.pointers).find((x) => x.id === id);
  return p ? `one ${categoryName(p.category).toLowerCase()} record (${providerName(p.provider)}, ${blockWhen(p.updatedAt)})` : `one record (number ${id})`;
}

/**
 * Some fields of one record in a sentence: "Result, Unit of one laboratory results record
 * (…)", or "2 details of …" while the fields' names are unknown (they come with the record
 * from its gatekeeper, once it was opened here).
 */
function fieldsOf(pointer: bigint, fields: number[], records: ProviderRecords[]): string {
  const named = fields.every((f) => hasFieldName(pointer, f));
  const which = named ? fields.map((f) => fieldName(pointer, f)).join(', ') : countOf(fields.length, 'detail');
  return `${which} of ${oneRecord(pointer, records)}`;
}

/** Who can see what, until when; the share wizard; revoke. */
export function Sharing({ pointer }: { pointer?: bigint }) {
  return (
    <section aria-labelledby="sharing-title">
      <h1 id="sharing-title">Sharing</h1>
      <h2>Who can see what</h2>
      <GrantList list={grants.value} records={summary.value ?? []} empty="You share nothing at the moment." />
      <ShareWizard initial={pointer} records={summary.value ?? []} />
      <MyGuardians />
      <ResearchConsent />
    </section>
  );
}

/**
 * A patient's grants: who can see what, from and until when, who made the grant (the patient
 * or a guardian), each with "Stop sharing". `onChange` runs once a revocation is final.
 */
export function GrantList({ list, records, empty, onChange }: {
  list: GrantView[]; records: ProviderRecords[]; empty: string; onChange?: () => void;
}) {
  const c = chain.value!;
  const b = best.value;
  const me = account.value?.address;
  const untilText = (expiry?: number) =>
    expiry === undefined ? 'until stopped' : b ? `until ${dateText(dateOfBlock(expiry, b.number, c.blockTimeMs))} (block ${expiry})` : `until block ${expiry}`;
  if (list.length === 0) return <p>{empty}</p>;
  return (
    <ul class="grants">
      {list.map((g) => (
        <li class="card" key={String(g.id)} data-testid="grant">
          <p>
            <strong>{granteeText(g.grantee)}</strong>
            {' '}can see {scopeText(g, records)}{b && g.start > b.number ? `, from ${dateText(dateOfBlock(g.start, b.number, c.blockTimeMs))}` : ''}, {untilText(g.expiry)}.
            {g.emergency ? ' (emergency access)' : ''}
            {g.guardian && <> Shared by {g.guardian === me ? 'you, as their guardian' : `${personName(g.guardian)}, your guardian`}.</>}
          </p>
          <button onClick={async () => { if (await revoke(g.id)) onChange?.(); }}>Stop sharing<span class="sr-only"> with {granteeText(g.grantee)}: {scopeText(g, records)}</span></button>
        </li>
      ))}
    </ul>
  );
}

/**
 * Research consent per kind of record: off by default. Researchers never see a record; a
 * provider's gatekeeper answers them with one aggregate over at least the consortium's
 * minimum number of patients, counting only those who said yes for that kind of record.
 */
function ResearchConsent() {
  const on = consent.value;
  return (
    <section class="card" aria-labelledby="research-title" data-testid="research-consent">
      <h2 id="research-title">Research</h2>
      <p class="help">
        Researchers may ask your providers for statistics over many patients, such as an average
        lab value. They never see your records: a provider answers with one number over at least
        the minimum of patients the consortium sets, and counts you only for the kinds of records
        you say yes to here. You can change your mind at any time.
      </p>
      <ul class="consents">
        {Object.entries(CATEGORIES).map(([code, name]) => {
          const category = Number(code);
          const yes = on.includes(category);
          return (
            <li key={code} class="row">
              <span>{name}{isSensitive(category) ? ' (sensitive)' : ''}: <strong>{yes ? 'you may be counted' : 'not counted'}</strong></span>
              <button onClick={() => setResearchConsent(category, !yes)}>
                {yes ? 'Stop counting me' : 'Count me in'}<span class="sr-only"> for {name.toLowerCase()}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const WHAT: { kind: ShareWhat; label: string }[] = [
  { kind: 'fields', label: 'Chosen fields of one record' },
  { kind: 'pointer', label: 'One whole record' },
  { kind: 'category', label: 'One kind of record, from every provider' },
  { kind: 'provider', label: 'Everything from one provider' },
  { kind: 'record', label: 'All my records' },
];

/** The share wizard, for the patient's own records or (`onBehalfOf`) a ward's, as their guardian. */
export function ShareWizard({ initial, records, onBehalfOf, onShared }: {
  initial?: bigint; records: ProviderRecords[]; onBehalfOf?: string; onShared?: () => void;
}) {
  // Ids unique per wizard: a guardian's screen has one per ward.
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const list = records.flatMap((r) => r.pointers);
  const providers = records;
  const [what, setWhat] = useState<ShareWhat>('fields');
  const [pointer, setPointer] = useState<string>(initial !== undefined ? String(initial) : list[0] ? String(list[0].id) : '');
  const p = list.find((x) => String(x.id) === pointer);
  const [provider, setProvider] = useState<string>(providers[0] ? String(providers[0].providerId) : '');
  // Any kind of the vocabulary: a category grant covers records providers add later too.
  const held = [...new Set(list.map((x) => x.category))].sort((a, b) => a - b);
  const [category, setCategory] = useState<string>(String(held[0] ?? CATEGORY_CODES[0]));
  const partial = records.some((r) => r.pointers.length < r.pointerCount);
  const [grantee, setGrantee] = useState('');
  const [fields, setFields] = useState<number[]>([]);
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const known = knownProviders().length;
  useEffect(() => { void loadProviderGroups(); }, [known]);
  const groups = [...providerGroups.value].sort(([a], [b]) => a - b);
  if (list.length === 0) return <p>Once a provider adds a record for you, you can share it here.</p>;
  const submitShare = async (e: Event) => {
    e.preventDefault();
    setDone(null);
    const input: ShareInput = {
      grantee, what, pointer: pointer ? BigInt(pointer) : undefined, providerId: provider ? BigInt(provider) : undefined,
      category: category ? Number(category) : undefined, fields, from, until, onBehalfOf,
    };
    const why = checkShare(input) ?? await checkGrantee(input);
    setProblem(why);
    if (why) return;
    if (await share(input)) {
      setDone('Shared. It is listed above until it ends or you stop it.');
      setGrantee('');
      setFields([]);
      onShared?.();
    }
  };
  const toggle = (code: number) => setFields(fields.includes(code) ? fields.filter((f) => f !== code) : [...fields, code].sort((a, b) => a - b));
  const onRecord = what === 'fields' || what === 'pointer';
  return (
    <form class="card wizard" onSubmit={submitShare} aria-labelledby={id('wizard-title')} noValidate>
      <h2 id={id('wizard-title')}>{onBehalfOf ? `Share for ${personName(onBehalfOf)}` : 'Share a record'}</h2>
      <label for={id('grantee')}>1. Whom to share with</label>
      <input id={id('grantee')} name="grantee" autocomplete="off" spellcheck={false} placeholder="An account (5…), a MedRec number, or group N" value={grantee}
        onInput={(e) => setGrantee(e.currentTarget.value)} aria-describedby={id('grantee-help')} />
      <p id={id('grantee-help')} class="help">
        Ask your doctor (or whoever you share with) for their MedRec account address, or their MedRec number: a share
        to the number follows them to a new account.
        {knownProviders().length > 0 && ' To share with a provider, choose it: '}
        {knownProviders().map((k) => (
          <button type="button" class="link" key={k.account} onClick={() => setGrantee(k.account)}>{k.name}</button>
        )).flatMap((b, i) => (i ? [', ', b] : [b]))}
        {groups.length > 0 && '. Or a group a provider manages (whoever it adds later sees it too): '}
        {groups.map(([gid, g]) => (
          <button type="button" class="link" key={gid} onClick={() => setGrantee(`group ${gid}`)}>
            {providerName(g.owner)}'s group {gid} ({g.members} member{g.members === 1 ? '' : 's'})
          </button>
        )).flatMap((b, i) => (i ? [', ', b] : [b]))}
      </p>
      <fieldset>
        <legend>2. What they may see</legend>
        {WHAT.map((w) => (
          <label class="check" key={w.kind}>
            <input type="radio" name={id('what')} checked={what === w.kind} onChange={() => setWhat(w.kind)} />
            {' '}{onBehalfOf && w.kind === 'record' ? 'All their records' : w.label}
          </label>
        ))}
      </fieldset>
      {onRecord && (
        <>
          <label for={id('pointer')}>The record</label>
          <select id={id('pointer')} value={pointer} onChange={(e) => { setPointer(e.currentTarget.value); setFields([]); }}
            aria-describedby={partial ? id('pointer-help') : undefined}>
            {list.map((x) => (
              <option key={String(x.id)} value={String(x.id)}>
                {categoryName(x.category)}{isSensitive(x.category) ? ' (sensitive)' : ''} from {providerName(x.provider)}, {blockWhen(x.updatedAt)}
              </option>
            ))}
          </select>
          {partial && (
            <p id={id('pointer-help')} class="help">
              Lists each provider's newest records, as shown with the records. To share an older one, use "Show more" there first.
            </p>
          )}
          {p && isSensitive(p.category) && (
            <SensitiveNote>This record is of a sensitive kind ({categoryName(p.category).toLowerCase()}): many laws protect it more strictly. Share it only with people who need it.</SensitiveNote>
          )}
        </>
      )}
      {what === 'provider' && (
        <>
          <label for={id('share-provider')}>The provider</label>
          <select id={id('share-provider')} value={provider} onChange={(e) => setProvider(e.currentTarget.value)}>
            {providers.map((r) => <option key={String(r.providerId)} value={String(r.providerId)}>{providerName(r.provider)}</option>)}
          </select>
        </>
      )}
      {what === 'category' && (
        <>
          <label for={id('share-category')}>The kind of record</label>
          <select id={id('share-category')} value={category} onChange={(e) => setCategory(e.currentTarget.value)}
            aria-describedby={id('category-help')}>
            <optgroup label="Kinds of record">
              {CATEGORY_CODES.filter((k) => !isSensitive(k)).map((k) => <option key={k} value={String(k)}>{categoryName(k)}</option>)}
            </optgroup>
            <optgroup label="Sensitive kinds of record">
              {CATEGORY_CODES.filter(isSensitive).map((k) => <option key={k} value={String(k)}>{categoryName(k)} (sensitive)</option>)}
            </optgroup>
          </select>
          <p id={id('category-help')} class="help">
            Includes records of this kind that providers add later{held.includes(Number(category)) ? '' : ' (you have none of this kind yet)'}.
          </p>
          {isSensitive(Number(category)) && (
            <SensitiveNote>{categoryName(Number(category))} is a sensitive kind of record: many laws protect it more strictly. Share it only with people who need it.</SensitiveNote>
          )}
        </>
      )}
      {(what === 'record' || what === 'provider') && (
        <SensitiveNote>
          {what === 'record' ? 'Sharing all records' : 'Sharing everything from a provider'} includes the sensitive kinds of
          record ({SENSITIVE_LIST}), both those there are now and any added later. Many laws protect these more strictly:
          share everything only with someone who needs all of it, or choose one kind of record or one record instead.
        </SensitiveNote>
      )}
      {what === 'fields' && p && (
        <fieldset>
          <legend>3. The fields they may see</legend>
          {p.fields.map((code) => (
            <label class="check" key={code}>
              <input type="checkbox" name="field" value={code} checked={fields.includes(code)} onChange={() => toggle(code)} /> {fieldName(p.id, code)}
            </label>
          ))}
          {!p.fields.every((code) => hasFieldName(p.id, code)) && (
            // Field names are not on chain: they come with the record from its gatekeeper.
            <p class="help">
              The provider's gatekeeper names the fields when it sends the record.{' '}
              <button type="button" class="link" onClick={() => void openRecord(onBehalfOf ?? account.value!.address, p.id, p.fields, p.contentHash)}>
                Show their names
              </button>{' '}(this opens the record, and your access history will list it).
            </p>
          )}
        </fieldset>
      )}
      <label for={id('from')}>From (optional; the first day they may see it)</label>
      <input id={id('from')} type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
      <label for={id('until')}>4. Until (the last day they may see it)</label>
      <input id={id('until')} type="date" value={until} onInput={(e) => setUntil(e.currentTarget.value)} />
      {problem && <Notice kind="error">{problem}</Notice>}
      {done && <Notice kind="ok">{done}</Notice>}
      <button class="primary" type="submit">Share…</button>
    </form>
  );
}

/** A share's sensitive content, in words: the chain shares it like any other, so the patient should know. */
function SensitiveNote({ children }: { children: ComponentChildren }) {
  return <p class="notice notice-sensitive" role="status" data-testid="sensitive-note">{children}</p>;
}

const VERDICT = { verified: 'Verified', 'not-anchored': 'Not yet anchored', failed: 'Failed' } as const;

/** Who saw my data: every provider's receipts, each verified in this browser. */
export function History() {
  useEffect(() => { void loadHistory(); }, []);
  const h = history.value;
  const me = account.value!.address;
  return (
    <section aria-labelledby="history-title">
      <h1 id="history-title">Who saw my records</h1>
      <p class="help">Every time a provider's gatekeeper hands out your data, it signs a receipt and anchors it on the chain. Each receipt below is checked here, in your browser.</p>
      <button onClick={loadHistory} disabled={h?.loading}>Check again</button>
      {h?.loading && <Notice>Reading and checking receipts…</Notice>}
      {h?.errors.map((e) => <Notice kind="error" key={e}>{e}</Notice>)}
      {h && !h.loading && h.entries.length === 0 && <p>Nobody has opened your records yet.</p>}
      {h && h.entries.length > 0 && (
        <table class="history">
          <caption class="sr-only">Accesses to your records, newest first</caption>
          <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Check</th></tr></thead>
          <tbody>
            {h.entries.map(({ provider, receipt: r, verdict }) => (
              <tr key={`${provider}/${r.seq}`} data-testid="receipt">
                <td>{new Date(r.servedAt).toLocaleString()}</td>
                <td>{r.requester === me ? 'You' : <span class="mono">{shortAccount(r.requester)}</span>}<br /><span class="muted">via {providerName(provider)}</span></td>
                <td>{fieldsOf(BigInt(r.pointer), r.fields, summary.value ?? [])}</td>
                <td><Badge status={VERDICT[verdict.state]} />{verdict.state === 'failed' && <span class="error-text"> {verdict.reason}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
