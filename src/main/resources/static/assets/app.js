// The scf-codes page: a thin client of the service's own JSON API, in English and Chinese.
"use strict";

const UI = {
  en: {
    tagline: "Tencent Cloud SCF status codes, explained", lookupTitle: "Look up a code",
    queryLabel: "A status code, a name or words", decodeTitle: "Paste an error",
    pasteLabel: "A log line, a console result or an API response", decodeButton: "Explain",
    handlerTitle: "Check a handler", runtimeLabel: "Runtime", handlerLabel: "Handler",
    packageLabel: "Code package (optional zip or jar)", checkButton: "Check", catalog: "Catalog",
    other: "中文", causes: "Causes (the project's words)", solution: "What to do", notes: "Notes", docs: "Links",
    official: "Official", earlier: "Earlier wording", linked: "From a linked page", ours: "In the project's words",
    translation: "the project's translation", undated: "undated", metric: "Cloud Monitor metric",
    recycles: "Recycles the instance", notStated: "not stated", yes: "yes", actors: "Who acts", retry: "Async retry",
    actor: { caller: "the caller", "function-code": "the function's code", "function-configuration": "the function's configuration",
      account: "the account", platform: "the platform" },
    category: { none: "none", execution: "execution error", system: "system error", overrun: "overrun error" },
    apiError: "API error code", apiErrors: "API error codes", remedies: "What to do (the project's words)",
    noRemedy: "No official remedy", statuses: "Related status codes", actions: "Returned by",
    projectTranslation: "the project's translation", sdkDescription: "SDK description",
    none: "No code matches.", didYouMean: "Did you mean", found: (n) => `${n} code(s)`, evidence: "Evidence",
    valid: "Valid", invalid: "Invalid", suggested: "Suggested handler", suggestion: "Suggestion",
    platform: "Platform failure", requestIds: "Request ids", deprecated: "deprecated", error: "Error",
    otherPlatforms: "On other platforms", exact: "exact", approximate: "approximate", difference: "Difference",
    noEquivalent: "No cited equivalent on", thirdParty: "third-party", retriesThere: "Asynchronous retries on",
    matchedFrom: (error) => `Matched from ${error}`,
    kind: { exception: "exception", "error-type": "error type", "error-code": "error code", reason: "reason",
      "service-error": "service error", "http-status": "HTTP status", header: "header", message: "message", description: "description" }
  },
  zh: {
    tagline: "腾讯云云函数（SCF）状态码速查", lookupTitle: "查询状态码", queryLabel: "状态码、名称或关键词",
    decodeTitle: "粘贴错误信息", pasteLabel: "日志行、控制台返回结果或 API 响应", decodeButton: "解析",
    handlerTitle: "检查执行方法", runtimeLabel: "运行环境", handlerLabel: "执行方法",
    packageLabel: "代码包（可选，zip 或 jar）", checkButton: "检查", catalog: "目录版本",
    other: "English", causes: "原因（本项目的说明）", solution: "解决方法", notes: "说明", docs: "链接",
    official: "官方", earlier: "较早的措辞", linked: "所链接页面", ours: "本项目的说明",
    translation: "本项目的翻译", undated: "未注明日期", metric: "云监控指标",
    recycles: "实例回收", notStated: "未说明", yes: "是", actors: "处理方", retry: "异步重试",
    actor: { caller: "调用方", "function-code": "函数代码", "function-configuration": "函数配置", account: "账号", platform: "平台" },
    category: { none: "无", execution: "运行错误", system: "系统错误", overrun: "超限错误" },
    apiError: "API 错误码", apiErrors: "API 错误码", remedies: "解决方法（本项目的说明）",
    noRemedy: "无官方解决方法", statuses: "相关状态码", actions: "返回该错误的接口",
    projectTranslation: "本项目的翻译", sdkDescription: "SDK 描述",
    none: "没有匹配的状态码。", didYouMean: "您是否要找", found: (n) => `${n} 个状态码`, evidence: "依据",
    valid: "有效", invalid: "无效", suggested: "建议的执行方法", suggestion: "建议", platform: "平台表现",
    requestIds: "请求 ID", deprecated: "即将下线", error: "错误",
    otherPlatforms: "其他平台上的对应错误", exact: "完全对应", approximate: "部分对应", difference: "区别",
    noEquivalent: "无有出处的对应错误", thirdParty: "第三方", retriesThere: "异步重试：",
    matchedFrom: (error) => `由 ${error} 匹配`,
    kind: { exception: "异常", "error-type": "错误类型", "error-code": "错误码", reason: "原因", "service-error": "服务错误",
      "http-status": "HTTP 状态码", header: "响应头", message: "消息", description: "描述" }
  }
};

const $ = (id) => document.getElementById(id);
let lang = initialLanguage();
let lastResults = null;
let lastDecoded = null;
let lastVerdict = null;
let timer = null;
let sequence = 0;

function t(key) { return UI[lang][key]; }

function initialLanguage() {
  const asked = new URLSearchParams(location.search).get("lang") || navigator.language || "en";
  return asked.toLowerCase().startsWith("zh") ? "zh" : "en";
}

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

function list(title, items) {
  return items && items.length ? [el("strong", { text: title }), el("ul", {}, items.map((item) => el("li", { text: item })))] : [];
}

function revision(code, id, translatedFrom) {
  const source = code.sources[id];
  const when = source.date || t("undated");
  return `${translatedFrom ? t("translation") : t("official")} · ${source.title[lang]}, ${when}`;
}

function officialBlock(code, text, heading) {
  const items = [].concat(text.description ? [text.description] : [], text.solution || []);
  return items.length ? el("details", { class: "revision" },
    el("summary", { text: `${heading} · ${revision(code, text.source, text.translatedFrom)}` }),
    el("ul", {}, items.map((item) => el("li", { text: item })))) : null;
}

function card(code, extra) {
  const guidance = code.guidance[lang];
  const facts = el("div", { class: "facts" },
    el("span", { text: `${t("recycles")}: ${code.recycling.triggers ? t("yes") : t("notStated")}` }),
    code.actors.length ? el("span", { text: `${t("actors")}: ${code.actors.map((a) => t("actor")[a] || a).join(", ")}` }) : null,
    el("span", { text: `${t("retry")}: ${t("category")[code.retry.category] || code.retry.category}` }),
    code.seenIn && code.seenIn.metric ? el("span", { text: `${t("metric")}: ${code.seenIn.metric.name}` }) : null,
    (code.quantities || []).map((q) => el("span", { text: `${q.label[lang]}: ${q.value} ${q.unit}` })));
  const links = guidance.links.map((link) => el("li", {}, el("a", { href: link.url, rel: "noreferrer", text: link.text })));
  const others = code.official.filter((text) => text.language === lang
    && !(text.source === guidance.description.source && (!text.solution || (guidance.solution && text.source === guidance.solution.source))))
    .map((text) => officialBlock(code, text, code.sources[text.source].statusPage ? t("earlier") : t("linked")));
  return el("article", { class: "card", "data-status": code.status },
    el("h3", {}, el("span", { class: "status", text: code.status }), code.name),
    el("p", { class: "official", text: guidance.description.text[0] }),
    el("p", { class: "muted provenance", text: revision(code, guidance.description.source, guidance.description.translatedFrom) }),
    guidance.solution ? list(t("solution"), guidance.solution.text) : [],
    links.length ? [el("strong", { text: t("docs") }), el("ul", {}, links)] : [],
    others,
    el("p", {}, el("strong", { text: `${t("ours")}: ` }), code.meaning[lang]),
    list(t("causes"), code.causes[lang]),
    facts,
    list(t("notes"), code.notes[lang]),
    extra || null);
}

// a decoded API error carries no sources map: remedies name their pages by key only, shown as the key
function sourcesOf(entry) {
  const sources = {};
  (entry.remedies || []).forEach((remedy) => remedy.cites.forEach((cite) => {
    sources[cite.source] = { title: { en: cite.source, zh: cite.source } };
  }));
  return sources;
}

function apiErrorCard(error) {
  const translated = error.translated && error.translated[lang];
  const remedies = (error.remedies || []).map((remedy) => el("li", {}, remedy.text[lang],
    el("ul", { class: "quotes" }, remedy.cites.map((cite) => el("li", { class: "muted" },
      `“${cite.quote[lang] || Object.values(cite.quote)[0]}” — ${error.sources[cite.source].title[lang]}`)))));
  return el("article", { class: "card api-error", "data-api-error": error.code },
    el("h3", {}, el("span", { class: "status", text: t("apiError") }), error.code),
    el("p", { class: "official", text: error.description[lang] }),
    el("p", { class: "muted provenance", text: translated ? `${t("projectTranslation")} (${translated})` : t("sdkDescription") }),
    remedies.length ? [el("strong", { text: t("remedies") }), el("ul", {}, remedies)] : [],
    error.noRemedy ? el("p", {}, el("strong", { text: `${t("noRemedy")}: ` }), error.noRemedy[lang]) : null,
    (error.statuses || []).length ? [el("strong", { text: t("statuses") }), el("ul", {}, error.statuses.map((s) =>
      el("li", {}, el("a", { href: `/?code=${s.status}`, text: `${s.status} ${s.name}` }), `: ${s.relation[lang]}`)))] : [],
    (error.actions || []).length ? el("p", { class: "muted", text: `${t("actions")}: ${error.actions.join(", ")}` }) : null);
}

function sourceLink(sources, id) {
  const source = sources[id];
  return el("a", { href: source.url, rel: "noreferrer", class: "muted",
    text: source.publisher === "official" ? source.title : `${t("thirdParty")}: ${source.title}` });
}

function equivalentItem(entry, platforms, sources) {
  return el("li", { "data-platform": entry.platform },
    el("strong", { text: platforms[entry.platform].name }), ` — ${t(entry.match)}`,
    el("ul", {}, entry.sees.map((seen) => el("li", {}, `${t("kind")[seen.kind] || seen.kind}: `,
      el("span", { class: "mono", text: seen.value }), seen.match ? ` (${t(seen.match)})` : "",
      seen.note ? ` — ${seen.note[lang]}` : "", " ", sourceLink(sources, seen.source)))),
    entry.difference ? el("p", {}, el("strong", { text: `${t("difference")}: ` }), entry.difference[lang]) : null,
    (entry.limits || []).map((limit) => el("p", { class: "limit" },
      `${limit.what[lang]}: SCF ${limit.scf.value} ${limit.scf.unit}; ${platforms[entry.platform].name} ${limit.there.value} ${limit.there.unit}`,
      limit.note ? ` — ${limit.note[lang]}` : "")));
}

function equivalentsSection(equivalents) {
  if (!equivalents) return null;
  const none = equivalents.unmatched.map((u) => equivalents.platforms[u.platform].name);
  return el("section", { class: "equivalents" },
    el("strong", { text: t("otherPlatforms") }),
    el("ul", {}, equivalents.equivalents.map((entry) => equivalentItem(entry, equivalents.platforms, equivalents.sources))),
    none.length ? el("p", { class: "muted", text: `${t("noEquivalent")}: ${none.join(", ")}` }) : null,
    equivalents.retries.map((retry) => el("p", { class: "muted" },
      `${t("retriesThere")} ${equivalents.platforms[retry.platform].name}: “${retry.quote[lang] || Object.values(retry.quote)[0]}” `,
      sourceLink(equivalents.sources, retry.source))));
}

async function api(url, options) {
  const response = await fetch(url, Object.assign({ headers: { Accept: "application/json" } }, options));
  const body = await response.json().catch(() => ({}));
  if (!response.ok && response.status !== 404) throw new Error(body.detail || response.statusText);
  return { status: response.status, body };
}

function showVersion(version) { if (version) $("catalog-version").textContent = version; }

async function lookup(query) {
  const mine = ++sequence;
  const text = query.trim();
  const params = new URLSearchParams(location.search);
  ["code", "q", "api-error"].forEach((key) => params.delete(key));
  if (!text) { lastResults = null; render(); history.replaceState(null, "", location.pathname + (params.size ? "?" + params : "")); return; }
  let result;
  if (/^\d{3}$/.test(text)) {
    params.set("code", text);
    const { status, body } = await api(`/codes/${text}?include=equivalents`);
    result = status === 404 ? { codes: [], suggestions: body.nearest || [] } : { codes: [body], catalogVersion: body.catalogVersion };
  } else {
    const byName = await api(`/codes?name=${encodeURIComponent(text)}`);
    const named = byName.body.apiErrors || [];
    if (named.length) params.set("api-error", named[0].code); else params.set("q", text);
    result = byName.body.count || named.length ? byName.body : (await api(`/codes?q=${encodeURIComponent(text)}`)).body;
    if (!result.count && !named.length) result.suggestions = byName.body.suggestions;
    result.apiErrorEntries = await Promise.all(named.map((ref) => api(`/api-errors/${encodeURIComponent(ref.code)}`)
      .then(({ body }) => body)));
    // an error as another platform names it (Runtime.HandlerNotFound, FunctionNotFound…): the SCF statuses it matches
    const elsewhere = await api(`/equivalents?error=${encodeURIComponent(text)}`);
    if (elsewhere.status === 200) {
      const statuses = [...new Set(elsewhere.body.found.map((found) => found.status))];
      const matched = await Promise.all(statuses.map((s) => api(`/codes/${s}?include=equivalents`).then(({ body }) => body)));
      const rest = (result.codes || []).filter((code) => !statuses.includes(code.status));
      result = Object.assign({}, result, { matchedFrom: text, codes: matched.concat(rest) });
      result.count = result.codes.length;
    }
  }
  if (mine !== sequence) return;
  history.replaceState(null, "", location.pathname + "?" + params);
  lastResults = result;
  showVersion(result.catalogVersion);
  render();
}

function renderResults() {
  const target = $("results");
  target.replaceChildren();
  if (!lastResults) { $("lookup-status").textContent = ""; return; }
  const codes = lastResults.codes || [];
  const entries = lastResults.apiErrorEntries || [];
  const refs = entries.length ? [] : (lastResults.apiErrors || []);
  $("lookup-status").textContent = codes.length || entries.length || refs.length
    ? t("found")(codes.length + entries.length + refs.length) : t("none");
  if (!codes.length && lastResults.suggestions && lastResults.suggestions.length) {
    target.append(el("p", {}, `${t("didYouMean")}: `, lastResults.suggestions.map((s, i) => [i ? ", " : "",
      el("a", { href: `/?code=${s.status}`, text: `${s.status} ${s.name}` })])));
  }
  if (lastResults.matchedFrom) target.append(el("p", { class: "muted", text: t("matchedFrom")(lastResults.matchedFrom) }));
  codes.forEach((code) => target.append(card(code, equivalentsSection(code.equivalents))));
  entries.forEach((error) => target.append(apiErrorCard(error)));
  if (refs.length) {
    target.append(el("h3", { text: t("apiErrors") }), el("ul", { class: "api-error-refs" }, refs.map((ref) =>
      el("li", {}, el("a", { href: `/?api-error=${encodeURIComponent(ref.code)}`, text: ref.code }), ` ${ref.description[lang]}`))));
  }
}

async function decode() {
  const text = $("paste").value;
  const { body } = await api("/codes/decode", { method: "POST", body: text, headers: { "Content-Type": "text/plain", Accept: "application/json" } });
  lastDecoded = body;
  showVersion(body.catalogVersion);
  render();
}

function renderDecoded() {
  const target = $("decoded");
  target.replaceChildren();
  if (!lastDecoded) return;
  target.append(el("p", { text: lastDecoded.summary[lang] }));
  for (const found of lastDecoded.codes) {
    const evidence = el("ul", { class: "evidence" }, found.evidence.map((e) =>
      el("li", {}, `${e.line}:${e.column} ${e.kind} `, el("code", { text: e.text }))));
    const extra = [el("strong", { text: t("evidence") }), evidence];
    target.append(found.entry ? card(found.entry, extra) : el("article", { class: "card" }, el("h3", { text: String(found.status) }), extra));
  }
  for (const found of lastDecoded.apiErrors || []) {
    const evidence = el("ul", { class: "evidence" }, found.evidence.map((e) =>
      el("li", {}, `${e.line}:${e.column} ${e.kind} `, el("code", { text: e.text }))));
    const extra = [el("strong", { text: t("evidence") }), evidence];
    if (found.entry) {
      const entry = Object.assign({ sources: {} }, found.entry);
      const card = apiErrorCard(Object.assign(entry, { sources: sourcesOf(found.entry) }));
      card.append(...extra);
      target.append(card);
    } else {
      target.append(el("article", { class: "card" }, el("h3", { text: found.code }), extra));
    }
  }
  if (lastDecoded.facts.requestIds.length) {
    target.append(el("p", { class: "muted" }, `${t("requestIds")}: `, el("span", { class: "mono", text: lastDecoded.facts.requestIds.join(", ") })));
  }
}

async function loadRuntimes() {
  const { body } = await api("/runtimes");
  const select = $("runtime");
  select.replaceChildren(...body.runtimes.map((runtime) => el("option", { value: runtime.id },
    runtime.id + (runtime.deprecated ? ` (${t("deprecated")})` : ""))));
  select.value = "Python3.9";
}

async function check(event) {
  event.preventDefault();
  const file = $("package").files[0];
  let options;
  if (file) {
    const form = new FormData();
    form.append("runtime", $("runtime").value);
    form.append("handler", $("handler").value);
    form.append("package", file);
    options = { method: "POST", body: form };
  } else {
    options = { method: "POST", body: JSON.stringify({ runtime: $("runtime").value, handler: $("handler").value }),
      headers: { "Content-Type": "application/json", Accept: "application/json" } };
  }
  try {
    lastVerdict = (await api("/handler/validate", options)).body;
  } catch (error) {
    lastVerdict = { problem: error.message };
  }
  render();
}

function renderVerdict() {
  const target = $("verdict");
  target.replaceChildren();
  if (!lastVerdict) return;
  if (lastVerdict.problem) { target.append(el("p", { class: "error", text: `${t("error")}: ${lastVerdict.problem}` })); return; }
  const v = lastVerdict;
  target.append(el("p", { class: v.valid ? "valid" : "error" }, el("strong", { text: v.valid ? t("valid") : t("invalid") }),
    ` ${v.runtime.id} `, el("span", { class: "mono", text: v.handler })));
  target.append(el("ul", {}, v.findings.map((f) => el("li", { class: f.severity },
    el("strong", { text: `${f.severity} ` }), el("span", { class: "mono", text: f.rule }), `: ${f.message[lang]}`,
    f.suggestion ? el("div", {}, `${t("suggestion")}: `, el("span", { class: "mono suggestion", text: f.suggestion })) : null,
    f.failure ? el("div", { class: "muted" }, `${t("platform")}: ${f.failure.stage} `,
      f.failure.code ? el("a", { href: `/?code=${f.failure.code.status}`, text: `${f.failure.code.status} ${f.failure.code.name}` })
        : el("span", { class: "mono", text: f.failure.apiError })) : null))));
  if (v.suggestedHandler) {
    target.append(el("p", {}, `${t("suggested")}: `, el("strong", { class: "mono", id: "suggested-handler", text: v.suggestedHandler })));
  }
}

function render() {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.querySelectorAll("[data-i18n]").forEach((node) => { node.textContent = t(node.dataset.i18n); });
  $("language").textContent = t("other");
  $("language").setAttribute("aria-label", t("other"));
  renderResults();
  renderDecoded();
  renderVerdict();
}

document.addEventListener("DOMContentLoaded", () => {
  $("query").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => lookup($("query").value).catch(showError), 150); });
  $("decode").addEventListener("click", () => decode().catch(showError));
  $("handler-form").addEventListener("submit", (event) => check(event).catch(showError));
  $("language").addEventListener("click", () => { lang = lang === "zh" ? "en" : "zh"; render(); });
  render();
  loadRuntimes().catch(showError);
  const params = new URLSearchParams(location.search);
  const initial = params.get("code") || params.get("api-error") || params.get("q");
  if (initial) { $("query").value = initial; lookup(initial).catch(showError); }
  else api("/codes/200").then(({ body }) => showVersion(body.catalogVersion)).catch(() => {});
});

function showError(error) { $("lookup-status").textContent = `${t("error")}: ${error.message}`; }
