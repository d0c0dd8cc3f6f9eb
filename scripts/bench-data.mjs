// Builds realistic stored documents (schema 5) of any number of opportunities, the same for
// the same count and day: mixed stages, 1–3 rounds, 1–5 contacts, notes, promises and drafts,
// spread over the year before `now`. Used by the benchmark (scripts/bench.mjs) and by the
// end-to-end test with 1,000 opportunities.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const COMPANIES = ["Acme Robotics", "Globex", "Initech", "Umbrella Health", "Hooli", "Stark Mobility",
  "Wayne Logistics", "Cyberdyne", "Soylent Foods", "Vandelay Imports", "Tyrell Labs", "Wonka Retail"];
const ROLES = ["Staff engineer", "Senior backend developer", "Engineering manager", "Platform lead",
  "Data engineer", "Site reliability engineer"];
const RECRUITERS = ["Dana Reyes", "Sam Ortiz", "Priya Nair", "Tom Becker", "Lea Martin", "Kofi Mensah"];
const SURNAMES = ["Durand", "Okafor", "Schmidt", "Moreau", "Lindqvist", "Costa", "Nakamura", "Brennan",
  "Haddad", "Novák", "Fontaine", "Ibáñez", "Weber", "Kowalski", "Silva", "Müller", "Laurent", "Rossi",
  "Jansen", "Dubois", "Petrov", "Nguyen", "García", "Yilmaz", "Andersen"];
const AGENCIES = ["Northwind Talent", "Blue Harbor Search", "Meridian People", "Atlas Recruiting", "Crèmerie Conseil"];
const KINDS = ["call", "missed_call", "voicemail", "email", "text"];
const FORMATS = ["phone", "video", "on_site", "panel", "technical"];
const WORDS = ("the team ships a planning service in Rust and wants someone who has run it in "
  + "production with on-call rotation hiring manager asked about Kubernetes and mentoring budget "
  + "approved remote two days a week office in the centre").split(" ");

/** A small deterministic random source, so every run builds the same documents. */
function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

function makeId(counter) {
  return counter.next().toString(16).padStart(16, "0");
}

function sentence(rand, words) {
  const out = [];
  for (let i = 0; i < words; i += 1) out.push(WORDS[Math.floor(rand() * WORDS.length)]);
  const text = out.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function isoDay(millis) {
  return new Date(millis).toISOString().slice(0, 10);
}

// One of 150 recruiters: a candidate's year of searches comes from a few recruiters each.
function recruiterOf(n) {
  const first = RECRUITERS[n % RECRUITERS.length].split(" ")[0];
  const last = SURNAMES[Math.floor(n / RECRUITERS.length) % SURNAMES.length];
  const handle = `${first}.${last}`.toLowerCase().normalize("NFD").replace(/[^a-z.]/g, "");
  return {
    name: `${first} ${last}`, agency: AGENCIES[n % AGENCIES.length],
    phone: `+33 6 12 ${String(10 + (n % 90)).padStart(2, "0")} ${String(n).padStart(3, "0")}`,
    email: `${handle}@example.com`,
  };
}

function makeRound(rand, ids, at, done) {
  const interviewers = [];
  const count = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < count; i += 1) {
    interviewers.push({
      id: makeId(ids), name: `${pick(rand, RECRUITERS).split(" ")[0]} ${String.fromCharCode(65 + i)}.`,
      title: pick(rand, ["CTO", "Head of platform", "Team lead", "HR partner"]),
      looks_for: sentence(rand, 6), thanked_at: done && rand() < 0.7 ? at + 20 * HOUR : null,
    });
  }
  const rapport = {};
  if (done) for (const person of interviewers) rapport[person.id] = pick(rand, ["clicked", "neutral", "did_not_click"]);
  return {
    id: makeId(ids), starts_at: at, ends_at: rand() < 0.8 ? at + HOUR : null,
    format: pick(rand, FORMATS), place: "https://meet.example/room", interviewers,
    briefing: sentence(rand, 12), debrief_planned_at: null,
    debrief: done ? {
      how_it_went: sentence(rand, 20), went_well: sentence(rand, 10), went_badly: sentence(rand, 8),
      rapport, take_back: sentence(rand, 6), interest: 1 + Math.floor(rand() * 5),
      concerns: sentence(rand, 8), client_feedback: "", next_steps: sentence(rand, 8),
      other_processes: "", feedback_expected_on: isoDay(at + 7 * DAY), done_at: at + 2 * HOUR,
    } : { rapport: {}, interest: null, feedback_expected_on: null, done_at: null },
    checked: {},
  };
}

function makeOpportunity(rand, ids, index, now) {
  const created = now - Math.floor(rand() * 360 * DAY) - DAY;
  const stage = pick(rand, ["call", "call", "interviewing", "interviewing", "offer", "closed"]);
  const status = stage === "closed"
    ? { stage, reason: pick(rand, ["accepted", "declined", "rejected", "withdrew", "no_reply"]) }
    : { stage };
  const contacts = [];
  const contactCount = 1 + Math.floor(rand() * 5);
  let at = created;
  for (let i = 0; i < contactCount; i += 1) {
    at += Math.floor(rand() * 4 * DAY) + HOUR;
    contacts.push({
      id: makeId(ids), at: Math.min(at, now - HOUR), kind: pick(rand, KINDS),
      direction: i % 2 === 0 ? "incoming" : "outgoing", summary: sentence(rand, 8),
      call_back_at: null, with_interviewer: null,
    });
  }
  const rounds = [];
  if (stage !== "call") {
    const roundCount = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < roundCount; i += 1) {
      at += Math.floor(rand() * 6 * DAY) + DAY;
      const start = Math.min(at, now + 5 * DAY);
      rounds.push(makeRound(rand, ids, start, start + 2 * HOUR < now));
    }
  }
  const updated = Math.min(Math.max(at, created), now - HOUR);
  return {
    id: makeId(ids), company: `${pick(rand, COMPANIES)} ${index + 1}`, role: pick(rand, ROLES),
    location: pick(rand, ["Paris", "Remote", "Berlin", "Lyon"]), job_details: sentence(rand, 22),
    recruiter: recruiterOf(Math.floor(rand() * 150)),
    status, notes: sentence(rand, 24), archived: stage === "closed" && rand() < 0.3,
    created_at: created, updated_at: updated, rounds, contacts, checked: { "call-pitch": created + HOUR },
    actions_done: {}, call_answers: { interest: "Yes, very" }, referrals: "", notes_sent: [],
    drafts: rand() < 0.2 ? { [`${rounds[0]?.id ?? "call"}/recruiter`]: sentence(rand, 30) } : {},
    playbook: null,
    promises: rand() < 0.3 ? [{ id: makeId(ids), what: "Will send the job description", by: isoDay(created + 3 * DAY), made_at: created, kept_at: null }] : [],
    closed_at: stage === "closed" ? updated : null,
  };
}

/** The stored text of a document with `count` opportunities, as of `now` (milliseconds). */
export function makeDocument(count, now = Date.now()) {
  const rand = random(count * 7919 + 17);
  let next = 0x1000;
  const ids = { next: () => (next += 1) };
  const opportunities = [];
  for (let i = 0; i < count; i += 1) opportunities.push(makeOpportunity(rand, ids, i, now));
  return JSON.stringify({
    schema: 5,
    data: {
      opportunities,
      pitch: { your_name: "Sam Lee", expertise: "Backend", years_of_experience: "9", top_skills: "Rust, Postgres", location: "Paris", relocation: "" },
      playbooks: [], new_playbook: null, elsewhere: [],
    },
  });
}
