// The scf-codes page. The server writes every address of it (/?code=433, /?api-error=…, /?q=…) in full;
// this script makes it quicker: a lookup as you type (one request per pause), and the two tools that send
// what is pasted or chosen to the JSON API.
"use strict";

const UI = {
  en: {
    causes: "Causes (the project's words)", solution: "What to do", notes: "Notes", docs: "Links",
    official: "Official", ours: "In the project's words", translation: "The project's translation", undated: "undated",
    metric: "Cloud Monitor metric", recycles: "Recycles the instance", notStated: "not stated", yes: "yes",
    actors: "Who acts", retry: "Asynchronous retry",
    actor: { caller: "the caller", "function-code": "the function's code", "function-configuration": "the function's configuration",
      account: "the account", platform: "the platform" },
    category: { none: "no error", execution: "execution error", system: "system error", overrun: "overrun error" },
    unit: { hours: (n) => `${n} hours`, port: (n) => `port ${n}`, "containers/minute/region": (n) => `${n} containers a minute in a region` },
    apiError: "API error code", remedies: "What to do (the project's words)", noRemedy: "No official remedy",
    statuses: "Related status codes", actions: "Returned by", sdkDescription: "The SDKs' description",
    translated: { missing: "The project's translation: the SDKs give none in this language",
      "cut-short": "The project's translation: the SDKs' text in this language is cut short" },
    evidence: "Found in the text", at: (line, column) => `line ${line}, column ${column}`,
    kind: { "status-field": "status field", message: "platform message", name: "status name", "sdk-error": "SDK error",
      "sdk-exception": "SDK exception", "api-response": "API response", "code-field": "code field" },
    valid: "Valid", invalid: "Invalid", suggested: "Suggested handler", suggestion: "Suggestion",
    severity: { error: "Error", warning: "Warning" }, stage: { deploy: "when deploying", invocation: "when invoked" },
    platform: "The platform fails", requestIds: "Request ids", deprecated: "deprecated",
    empty: "Paste a log line, a console result or an API response first.", failed: "The service did not answer"
  },
  zh: {
    causes: "原因（本项目的说明）", solution: "解决方法", notes: "说明", docs: "链接",
    official: "官方", ours: "本项目的说明", translation: "本项目的翻译", undated: "未注明日期",
    metric: "云监控指标", recycles: "实例回收", notStated: "未说明", yes: "是", actors: "处理方", retry: "异步重试",
    actor: { caller: "调用方", "function-code": "函数代码", "function-configuration": "函数配置", account: "账号", platform: "平台" },
    category: { none: "无错误", execution: "运行错误", system: "系统错误", overrun: "超限错误" },
    unit: { hours: (n) => `${n} 小时`, port: (n) => `端口 ${n}`, "containers/minute/region": (n) => `每个地域每分钟 ${n} 个容器` },
    apiError: "API 错误码", remedies: "解决方法（本项目的说明）", noRemedy: "无官方解决方法",
    statuses: "相关状态码", actions: "返回该错误的接口", sdkDescription: "SDK 的描述",
    translated: { missing: "本项目的翻译：SDK 没有该语言的描述", "cut-short": "本项目的翻译：SDK 该语言的描述不完整" },
    evidence: "文本中的依据", at: (line, column) => `第 ${line} 行第 ${column} 列`,
    kind: { "status-field": "状态码字段", message: "平台消息", name: "状态码名称", "sdk-error": "SDK 错误",
      "sdk-exception": "SDK 异常", "api-response": "API 响应", "code-field": "错误码字段" },
    valid: "有效", invalid: "无效", suggested: "建议的执行方法", suggestion: "建议",
    severity: { error: "错误", warning: "警告" }, stage: { deploy: "部署时", invocation: "调用时" },
    platform: "平台表现", requestIds: "请求 ID", deprecated: "即将下线",
    empty: "请先粘贴日志行、控制台返回结果或 API 响应。", failed: "服务没有应答"
  }
};

const $ = (id) => document.getElementById(id);
const lang = document.documentElement.lang.startsWith("zh") ? "zh" : "en";
const PAUSE = 300;
let timer = null;
let pending = null;

function t(key) { return UI[lang][key]; }
function words(group, id) { return (t(group) || {})[id] || id; }

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (name === "text") node.textContent = value; else node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child != null) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function address(path) { return lang === "zh" ? path + (path.includes("?") ? "&" : "?") + "lang=zh" : path; }
function codeLink(status, name) { return el("a", { href: address(`/?code=${status}`), text: `${status} ${name}` }); }

// The lookup: the server's page for what is typed, its answer put in place of this one's
function lookupAddress(text) {
  if (!text) return address("/");
  return address(/^\d{3}$/.test(text) ? `/?code=${text}` : `/?q=${encodeURIComponent(text)}`);
}

async function lookup(text) {
  if (pending) pending.abort();
  const mine = pending = new AbortController();
  const status = $("lookup-status");
  try {
    const response = await fetch(lookupAddress(text.trim()), { headers: { Accept: "text/html" }, signal: mine.signal });
    if (!response.ok) throw new Error(`${t("failed")} (${response.status})`);
    const page = new DOMParser().parseFromString(await response.text(), "text/html");
    if (mine !== pending) return;
    $("results").replaceChildren(...page.getElementById("results").childNodes);
    status.textContent = page.getElementById("lookup-status").textContent;
    status.classList.remove("error");
    document.title = page.title;
    $("language").setAttribute("href", page.getElementById("language").getAttribute("href"));
    history.replaceState(null, "", page.querySelector("link[rel=canonical]").getAttribute("href"));
  } catch (error) {
    if (error.name === "AbortError") return;
    status.textContent = error.message;
    status.classList.add("error");
  }
}

// Cards for what the API answers the tools (the lookup's cards are the server's)
function list(title, items) {
  return items && items.length ? [el("strong", { text: title }), el("ul", {}, items.map((item) => el("li", { text: item })))] : [];
}

function quantity(q) {
  const worded = t("unit")[q.unit];
  return `${q.label[lang]}: ${worded ? worded(q.value) : `${q.value} ${q.unit}`}`;
}

function card(code, extra) {
  const guidance = code.guidance[lang];
  const source = code.sources[guidance.description.source];
  const facts = el("ul", { class: "facts" },
    el("li", { text: `${t("recycles")}: ${code.recycling.triggers ? t("yes") : t("notStated")}` }),
    code.actors.length ? el("li", { text: `${t("actors")}: ${code.actors.map((a) => words("actor", a)).join(lang === "zh" ? "、" : ", ")}` }) : null,
    el("li", { text: `${t("retry")}: ${words("category", code.retry.category)}` }),
    code.seenIn && code.seenIn.metric ? el("li", { text: `${t("metric")}: ${code.seenIn.metric.name}` }) : null,
    (code.quantities || []).map((q) => el("li", { text: quantity(q) })));
  return el("article", { class: "card", "data-status": code.status },
    el("h3", {}, el("a", { href: address(`/?code=${code.status}`) }, el("span", { class: "status", text: code.status }), ` ${code.name}`)),
    el("p", { class: "official", text: guidance.description.text[0] }),
    el("p", { class: "muted provenance", text: `${guidance.description.translatedFrom ? t("translation") : t("official")} · ${source.title[lang]}, ${source.date || t("undated")}` }),
    guidance.solution ? list(t("solution"), guidance.solution.text) : [],
    el("p", {}, el("strong", { text: `${t("ours")}: ` }), code.meaning[lang]),
    list(t("causes"), code.causes[lang]),
    facts,
    list(t("notes"), code.notes[lang]),
    extra || null);
}

function apiErrorCard(error, extra) {
  const translated = error.translated && error.translated[lang];
  return el("article", { class: "card api-error", "data-api-error": error.code },
    el("h3", {}, el("a", { href: address(`/?api-error=${encodeURIComponent(error.code)}`) },
      el("span", { class: "status", text: t("apiError") }), ` ${error.code}`)),
    el("p", { class: "official", text: error.description[lang] }),
    el("p", { class: "muted provenance", text: translated ? words("translated", translated) : t("sdkDescription") }),
    (error.remedies || []).length ? [el("strong", { text: t("remedies") }), el("ul", {}, error.remedies.map((r) => el("li", { text: r.text[lang] })))] : [],
    error.noRemedy ? el("p", {}, el("strong", { text: `${t("noRemedy")}: ` }), error.noRemedy[lang]) : null,
    (error.statuses || []).length ? [el("strong", { text: t("statuses") }), el("ul", {}, error.statuses.map((s) =>
      el("li", {}, codeLink(s.status, s.name), `: ${s.relation[lang]}`)))] : [],
    (error.actions || []).length ? el("p", { class: "muted", text: `${t("actions")}: ${error.actions.join(", ")}` }) : null,
    extra || null);
}

function evidence(found) {
  return [el("strong", { text: t("evidence") }), el("ul", { class: "evidence" }, found.evidence.map((e) =>
    el("li", {}, `${t("at")(e.line, e.column)}, ${words("kind", e.kind)}: `, el("code", { text: e.text }))))];
}

async function api(url, options) {
  const response = await fetch(url, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || `${t("failed")} (${response.status})`);
  return body;
}

function showError(target, error) { $(target).textContent = error ? error.message : ""; }

async function decode() {
  showError("decode-error", null);
  const text = $("paste").value;
  if (!text.trim()) { showError("decode-error", new Error(t("empty"))); $("paste").focus(); return; }
  const answer = await api("/codes/decode", { method: "POST", body: text,
    headers: { "Content-Type": "text/plain", Accept: "application/json", "Accept-Language": lang } });
  const target = $("decoded");
  target.replaceChildren(el("p", { text: answer.summary[lang] }));
  for (const found of answer.codes) {
    target.append(found.entry ? card(found.entry, evidence(found))
      : el("article", { class: "card" }, el("h3", { text: String(found.status) }), evidence(found)));
  }
  for (const found of answer.apiErrors || []) {
    target.append(found.entry ? apiErrorCard(found.entry, evidence(found))
      : el("article", { class: "card" }, el("h3", { text: found.code }), evidence(found)));
  }
  if (answer.facts.requestIds.length) {
    target.append(el("p", { class: "muted" }, `${t("requestIds")}: `, el("span", { class: "mono", text: answer.facts.requestIds.join(", ") })));
  }
}

async function loadRuntimes() {
  const body = await api("/runtimes", { headers: { Accept: "application/json" } });
  $("runtime").replaceChildren(...body.runtimes.map((runtime) => el("option", { value: runtime.id },
    runtime.id + (runtime.deprecated ? ` (${t("deprecated")})` : ""))));
  $("runtime").value = "Python3.9";
}

async function check(event) {
  event.preventDefault();
  showError("handler-error", null);
  const file = $("package").files[0];
  let options;
  if (file) {
    const form = new FormData();
    form.append("runtime", $("runtime").value);
    form.append("handler", $("handler").value);
    form.append("package", file);
    options = { method: "POST", body: form, headers: { Accept: "application/json" } };
  } else {
    options = { method: "POST", body: JSON.stringify({ runtime: $("runtime").value, handler: $("handler").value }),
      headers: { "Content-Type": "application/json", Accept: "application/json" } };
  }
  const v = await api("/handler/validate", options);
  const target = $("verdict");
  target.replaceChildren(el("p", { class: v.valid ? "valid" : "error" }, el("strong", { text: v.valid ? t("valid") : t("invalid") }),
    ` ${v.runtime.id} `, el("span", { class: "mono", text: v.handler })));
  target.append(el("ul", {}, v.findings.map((f) => el("li", { class: f.severity },
    el("strong", { text: `${words("severity", f.severity)}: ` }), f.message[lang],
    f.suggestion ? el("div", {}, `${t("suggestion")}: `, el("span", { class: "mono suggestion", text: f.suggestion })) : null,
    f.failure ? el("div", { class: "muted" }, `${t("platform")} ${words("stage", f.failure.stage)}: `,
      f.failure.code ? codeLink(f.failure.code.status, f.failure.code.name) : el("span", { class: "mono", text: f.failure.apiError })) : null))));
  if (v.suggestedHandler) {
    target.append(el("p", {}, `${t("suggested")}: `, el("strong", { class: "mono", id: "suggested-handler", text: v.suggestedHandler })));
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const query = $("query");
  query.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => lookup(query.value), PAUSE); });
  $("lookup").addEventListener("submit", (event) => { event.preventDefault(); clearTimeout(timer); lookup(query.value); });
  $("decode").addEventListener("click", () => decode().catch((error) => showError("decode-error", error)));
  $("handler-form").addEventListener("submit", (event) => check(event).catch((error) => showError("handler-error", error)));
  loadRuntimes().catch((error) => showError("handler-error", error));
  query.focus();
  query.setSelectionRange(query.value.length, query.value.length);
});
