import { useEffect, useState } from 'preact/hooks';
import { dateOfBlock } from '../client/chain';
import { paramsHash } from '../client/protocol';
import { categoryName, fieldLabel } from '../client/vocabulary';
import {
  type AnswerEntry, type Desk, type Offer, answers, best, chain, credits, desk, loadResearch, redeem,
  requestAggregate, templateOf, typedParams,
} from '../state';
import { Notice, dateText } from './common';

/**
 * A researcher's desk: credits, asking providers for an aggregate (only the parameters'
 * fingerprint goes on chain), and redeeming requests and bounty queries at each provider's
 * gatekeeper. Researchers never see a record: each answer is one row over a cohort of patients
 * who opted in, at least the consortium's floor.
 */
export function Research() {
  useEffect(() => { void loadResearch(); }, []);
  const d = desk.value;
  return (
    <section aria-labelledby="research-desk-title">
      <h1 id="research-desk-title">Research</h1>
      {!d && <Notice>Reading research from the chain and the providers…</Notice>}
      {d && 'error' in d && <Notice kind="error">{d.error}</Notice>}
      {d && !('error' in d) && (
        <>
          <p data-testid="credits">
            You hold <strong>{String(credits.value ?? 0n)} research credits</strong>. The collators you run earn
            {' '}{String(d.parameters.creditsPerBlock)} for every block they author; asking one provider costs {String(d.parameters.requestCost)}.
          </p>
          <Ask d={d} />
          <Answers d={d} />
          <Requests d={d} />
          <Bounties d={d} />
        </>
      )}
    </section>
  );
}

function Ask({ d }: { d: Desk }) {
  const offering = d.offers.filter((o) => o.templates.length > 0);
  const [providers, setProviders] = useState<string[]>([]);
  const [template, setTemplate] = useState<number | null>(null);
  const [params, setParams] = useState('');
  const [minCohort, setMinCohort] = useState(d.parameters.minCohortFloor);
  const [problem, setProblem] = useState<string | null>(null);
  const codes = [...new Set(offering.flatMap((o) => o.templates.map((t) => t.code)))].sort((a, b) => a - b);
  const chosen = template === null ? undefined : templateOf(d.offers, template);
  const input = { providers, template, params, minCohort };
  const cost = d.parameters.requestCost * BigInt(providers.length);
  return (
    <form class="card" aria-labelledby="ask-title" onSubmit={async (e) => {
      e.preventDefault();
      // requestAggregate checks the input before anything is signed and says what is wrong.
      setProblem(await requestAggregate(input));
    }}>
      <h2 id="ask-title">Ask providers for an aggregate</h2>
      <fieldset>
        <legend>Providers to ask</legend>
        {offering.length === 0 && <p>No provider's gatekeeper offers research aggregates at the moment.</p>}
        {offering.map((o) => (
          <label class="check" key={o.profile.account}>
            <input type="checkbox" checked={providers.includes(o.profile.account)} onChange={(e) => {
              const on = (e.target as HTMLInputElement).checked;
              setProviders(on ? [...providers, o.profile.account] : providers.filter((p) => p !== o.profile.account));
            }} />
            {o.profile.name}
          </label>
        ))}
        {d.offers.filter((o) => o.error).map((o) => (
          <p class="muted" key={o.profile.account}>{o.profile.name}: {o.error}</p>
        ))}
      </fieldset>
      <label for="ask-template">Aggregate</label>
      <select id="ask-template" value={template ?? ''} onChange={(e) => { const v = (e.target as HTMLSelectElement).value; setTemplate(v ? Number(v) : null); }}>
        <option value="">Choose…</option>
        {codes.map((code) => {
          const t = templateOf(d.offers, code)!;
          return <option key={code} value={code}>{t.title || `Template ${code}`} ({categoryName(t.category).toLowerCase()})</option>;
        })}
      </select>
      {chosen && (
        <p class="help">
          Counts only patients who let researchers count them in {categoryName(chosen.category).toLowerCase()}.
          {' '}Returns the number of patients{chosen.columns.length ? ` and ${chosen.columns.map(fieldLabel).join(', ').toLowerCase()}` : ''}.
        </p>
      )}
      <label for="ask-params">{chosen?.parameter || 'Parameters'}</label>
      <input id="ask-params" value={params} onInput={(e) => setParams((e.target as HTMLInputElement).value)} autocomplete="off" spellcheck={false} />
      {params.trim() && (
        <p class="muted">
          The chain stores only their fingerprint, <span class="mono hash" data-testid="params-hash">{paramsHash(params.trim())}</span>:
          keep the parameters to collect the answers.
        </p>
      )}
      <label for="ask-cohort">Smallest group to report (at least {d.parameters.minCohortFloor} patients)</label>
      <input id="ask-cohort" type="number" min={d.parameters.minCohortFloor} value={minCohort}
        onInput={(e) => setMinCohort(Number((e.target as HTMLInputElement).value))} />
      {providers.length > 0 && <p>Costs {String(cost)} credits, held until each provider answers; what is not answered in time comes back.</p>}
      {problem && <Notice kind="error">{problem}</Notice>}
      <button class="primary" type="submit">Ask</button>
    </form>
  );
}

function offerOf(d: Desk, id: bigint): Offer | undefined {
  return d.offers.find((o) => o.id === id);
}

function Requests({ d }: { d: Desk }) {
  const c = chain.value!;
  const b = best.value;
  return (
    <section aria-labelledby="requests-title">
      <h2 id="requests-title">My open requests</h2>
      {d.requests.length === 0 && <p>You have no open request.</p>}
      {d.requests.map((r) => {
        const t = templateOf(d.offers, r.template);
        const known = typedParams.value.get(r.paramsHash);
        return (
          <article class="card" key={String(r.id)} data-testid="request">
            <h3>Request {String(r.id)}: {t?.title || `template ${r.template}`}</h3>
            <p class="muted">
              {known !== undefined ? <>Parameters “{known}”</> : <>Parameters with fingerprint <span class="mono">{r.paramsHash.slice(0, 12)}…</span></>}
              {' '}· at least {r.minCohort} patients
              {b && <> · open until {dateText(dateOfBlock(r.expiresAt, b.number, c.blockTimeMs))}</>}
            </p>
            <ul class="records">
              {r.pending.map((id) => (
                <Pending key={String(id)} offer={offerOf(d, id)} kind="request" id={r.id} template={r.template} params={known} />
              ))}
            </ul>
          </article>
        );
      })}
    </section>
  );
}

/** A provider that still owes an answer: redeem with the parameters, typed again if this session does not know them. */
function Pending({ offer, kind, id, template, params }: {
  offer?: Offer; kind: 'request' | 'bounty'; id: bigint; template: number; params?: string;
}) {
  const [typed, setTyped] = useState('');
  const asking = answers.value.some((a) => a.kind === kind && a.id === id && a.provider === offer?.profile.account && a.state === 'asking');
  if (!offer) return <li><span class="muted">A provider without a gatekeeper profile</span></li>;
  const name = offer.profile.name;
  return (
    <li>
      <span class="record-name">{name}</span>
      {params === undefined && (
        <label class="inline">
          <span class="sr-only">Parameters for {name}</span>
          <input placeholder="The parameters you asked with" value={typed} onInput={(e) => setTyped((e.target as HTMLInputElement).value)} />
        </label>
      )}
      <button class="primary" disabled={asking} onClick={() => redeem(kind, id, offer.profile.account, template, params ?? typed.trim())}>
        {asking ? 'Asking…' : 'Get the answer'}<span class="sr-only"> from {name}</span>
      </button>
    </li>
  );
}

function Bounties({ d }: { d: Desk }) {
  if (d.bounties.length === 0) return null;
  return (
    <section aria-labelledby="bounties-title">
      <h2 id="bounties-title">Bounty queries you own</h2>
      <p class="help">Your collator authored the block a provider offered these in: the answers are yours to collect.</p>
      {d.bounties.map((q) => {
        const t = templateOf(d.offers, q.template);
        return (
          <article class="card" key={String(q.id)} data-testid="bounty">
            <h3>Bounty {String(q.id)}: {t?.title || `template ${q.template}`}</h3>
            <p class="muted">Parameters “{q.params}” · at least {q.minCohort} patients</p>
            <ul class="records">
              <Pending offer={offerOf(d, q.provider)} kind="bounty" id={q.id} template={q.template} params={q.params} />
            </ul>
          </article>
        );
      })}
    </section>
  );
}

function Answers({ d }: { d: Desk }) {
  const list = answers.value;
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="answers-title" aria-live="polite">
      <h2 id="answers-title">Answers</h2>
      {list.map((a) => <AnswerCard key={`${a.kind}/${a.id}/${a.provider}`} a={a} d={d} />)}
    </section>
  );
}

function AnswerCard({ a, d }: { a: AnswerEntry; d: Desk }) {
  const name = d.offers.find((o) => o.profile.account === a.provider)?.profile.name ?? a.provider;
  const t = templateOf(d.offers, a.template);
  return (
    <article class="card" data-testid="answer">
      <h3>{t?.title || `Template ${a.template}`} “{a.params}” from {name}</h3>
      {a.state === 'asking' && <Notice>Asking {name}'s gatekeeper; it records its answer on the chain before replying…</Notice>}
      {a.state === 'refused' && <Notice kind="error">{a.error}</Notice>}
      {a.answer && (
        <>
          <dl class="values">
            <div><dt>Patients counted</dt><dd>{a.answer.cohort}</dd></div>
            {a.answer.columns.map((col) => (
              <div key={col.name}><dt>{fieldLabel(col.name)}</dt><dd>{col.value === null ? '—' : typeof col.value === 'number' ? formatNumber(col.value) : col.value}</dd></div>
            ))}
          </dl>
          {a.verified
            ? <Notice kind="ok">Checked: these values match the fingerprint {name} recorded on the chain with this answer.</Notice>
            : <Notice kind="error">Warning: these values do not match the answer {name} recorded on the chain.</Notice>}
        </>
      )}
    </article>
  );
}

const formatNumber = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 3 }));
