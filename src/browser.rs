//! Small helpers over browser APIs that several screens share: the clock, random ids, the
//! URL fragment, saving files (`save_file`: every file Candor makes goes out through it),
//! the share sheet, and what kind of device and browser this is. Each returns a readable
//! error instead of panicking.

use crate::domain::id::Id;
use crate::domain::time_text::{day_text, when_text, DateWriter};
use crate::domain::zone::Zone;
use chrono::{DateTime, FixedOffset, Offset, Utc};
use wasm_bindgen::{JsCast, JsValue};

/// The current time.
pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// The candidate's time zone, as the browser knows it (daylight saving included).
#[derive(Clone, Copy, Debug, Default)]
pub struct BrowserZone;

impl Zone for BrowserZone {
    fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset {
        let date = js_sys::Date::new(&(instant.timestamp_millis() as f64).into());
        // Minutes west of UTC; a browser never reports more than a day either way.
        let minutes_west = date.get_timezone_offset() as i32;
        FixedOffset::west_opt(minutes_west * 60).unwrap_or_else(|| Utc.fix())
    }
}

/// Dates and times in this browser's language and hour cycle, through
/// `Intl.DateTimeFormat`: "Tue, Dec 8, 2:30 PM" in the US, "Tue 8 Dec, 14:30" in the UK,
/// "Di., 8. Dez., 14:30" in Germany. It is handed wall-clock times (already in the
/// candidate's zone: `BrowserZone`) and writes them as they are, in UTC.
pub struct LocaleWriter {
    date: js_sys::Intl::DateTimeFormat,
    date_year: js_sys::Intl::DateTimeFormat,
    date_time: js_sys::Intl::DateTimeFormat,
    date_time_year: js_sys::Intl::DateTimeFormat,
    day_month: js_sys::Intl::DateTimeFormat,
    time: js_sys::Intl::DateTimeFormat,
}

impl LocaleWriter {
    /// The writer for `locale` (a BCP 47 tag such as "de-DE"), or the browser's own.
    pub fn new(locale: Option<&str>) -> Self {
        let locales = js_sys::Array::new();
        if let Some(locale) = locale {
            locales.push(&locale.into());
        }
        let format = |parts: &[(&str, &str)]| {
            let options = js_sys::Object::new();
            for (name, value) in parts.iter().chain(&[("timeZone", "UTC")]) {
                let _ = js_sys::Reflect::set(&options, &(*name).into(), &(*value).into());
            }
            js_sys::Intl::DateTimeFormat::new(&locales, &options)
        };
        let day = [("weekday", "short"), ("month", "short"), ("day", "numeric")];
        let year = [("year", "numeric")];
        let clock = [("hour", "numeric"), ("minute", "2-digit")];
        Self {
            date: format(&day),
            date_year: format(&[&day[..], &year].concat()),
            date_time: format(&[&day[..], &clock].concat()),
            date_time_year: format(&[&day[..], &year, &clock].concat()),
            day_month: format(&day[1..]),
            time: format(&clock),
        }
    }

    fn write(format: &js_sys::Intl::DateTimeFormat, local: chrono::NaiveDateTime) -> String {
        let date = js_sys::Date::new(&(local.and_utc().timestamp_millis() as f64).into());
        format
            .format()
            .call1(&JsValue::UNDEFINED, &date)
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_default()
    }
}

impl DateWriter for LocaleWriter {
    fn date(&self, date: chrono::NaiveDate, with_year: bool) -> String {
        let format = if with_year {
            &self.date_year
        } else {
            &self.date
        };
        Self::write(format, date.and_time(chrono::NaiveTime::MIN))
    }

    fn date_and_time(&self, local: chrono::NaiveDateTime, with_year: bool) -> String {
        let format = if with_year {
            &self.date_time_year
        } else {
            &self.date_time
        };
        Self::write(format, local)
    }

    fn day_and_month(&self, date: chrono::NaiveDate) -> String {
        Self::write(&self.day_month, date.and_time(chrono::NaiveTime::MIN))
    }

    fn time(&self, local: chrono::NaiveDateTime) -> String {
        Self::write(&self.time, local)
    }
}

thread_local! {
    /// The browser's own writer, made once: making a format is slow, using one is not.
    static WRITER: LocaleWriter = LocaleWriter::new(None);
}

/// Runs `write` with the browser's writer.
pub fn with_writer<T>(write: impl FnOnce(&LocaleWriter) -> T) -> T {
    WRITER.with(write)
}

/// The candidate's today, in their time zone.
pub fn today() -> chrono::NaiveDate {
    BrowserZone.local(now()).date()
}

/// A time as the candidate reads it, in this browser's time zone and language: "today at
/// 2:30 PM", "Thursday at 14:30", "Tue, Dec 8, 2:30 PM" (`time_text::when_text`).
pub fn local_time(at: DateTime<Utc>) -> String {
    let today = today();
    with_writer(|writer| when_text(writer, today, BrowserZone.local(at)))
}

/// A calendar day as the candidate reads it: "tomorrow", "Thursday", "Tue, Dec 8"
/// (`time_text::day_text`).
pub fn local_day(date: chrono::NaiveDate) -> String {
    let today = today();
    with_writer(|writer| day_text(writer, today, date))
}

/// A fresh random id, from the browser's cryptographic random source. Falls back to
/// `Math.random` mixed with the clock where `crypto` is missing.
pub fn random_id() -> Id {
    let mut bytes = [0u8; 8];
    let filled = web_sys::window()
        .and_then(|window| window.crypto().ok())
        .is_some_and(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_ok());
    let bits = if filled {
        u64::from_le_bytes(bytes)
    } else {
        let high = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
        (high << 32) ^ (js_sys::Date::now() as u64)
    };
    Id::from_random(bits)
}

/// Fills `bytes` from the browser's cryptographic random source; never falls back (a salt
/// or a nonce must be unpredictable).
pub fn random_bytes(bytes: &mut [u8]) -> Result<(), String> {
    web_sys::window()
        .and_then(|window| window.crypto().ok())
        .ok_or_else(|| "this browser has no cryptographic random source".to_owned())?
        .get_random_values_with_u8_array(bytes)
        .map(|_| ())
        .map_err(|_| "the browser refused random bytes".to_owned())
}

/// The current URL fragment, with its `#`, or an empty string.
pub fn current_fragment() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// Navigates to another fragment, adding a history entry (so Back returns here).
pub fn go_to(fragment: &str) {
    if let Some(window) = web_sys::window() {
        // Setting the hash only fails in sandboxed frames; the link stays where it is then.
        let _ = window.location().set_hash(fragment);
    }
}

/// Replaces the address's fragment without a history entry or a `hashchange` event: the
/// old address (a share link, say) is gone from the address bar and from Back.
pub fn replace_fragment(fragment: &str) {
    if let Some(window) = web_sys::window() {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(fragment));
        }
    }
}

/// The page's address without its fragment, to build share links on.
pub fn page_address() -> String {
    let href = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((page, _)) => page.to_owned(),
        None => href,
    }
}

/// The largest file Candor reads: more than any backup could be.
pub const MAX_FILE_BYTES: f64 = 10.0 * 1024.0 * 1024.0;

/// Reads the text of the file chosen in a file input, refusing files too large to be a
/// backup before reading them.
pub async fn read_chosen_file(
    input: &web_sys::HtmlInputElement,
) -> Result<(String, String), String> {
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .ok_or_else(|| "no file was chosen".to_owned())?;
    if file.size() > MAX_FILE_BYTES {
        // Whole megabytes: formatting a float would add kilobytes to the download.
        let megabytes = (file.size() / 1024.0 / 1024.0) as u64;
        return Err(format!(
            "the file is {megabytes} MB, far larger than any Candor backup (at most 10 MB)"
        ));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| "the browser could not read the file".to_owned())?;
    let text = text
        .as_string()
        .ok_or_else(|| "the file is not text".to_owned())?;
    Ok((file.name(), text))
}

/// Offers `text` as a file download named `file_name`.
fn download_text(file_name: &str, mime_type: &str, text: &str) -> Result<(), String> {
    let failed = |_| "the browser would not create the file".to_owned();
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(failed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or_else(|| "there is no page to download from".to_owned())?;
    let anchor = document
        .create_element("a")
        .map_err(failed)?
        .unchecked_into::<web_sys::HtmlAnchorElement>();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // The click has started the download; the object URL can go.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Resolves in a later task, so that what follows does not lengthen the current one (a
/// long task is what makes a page slow to answer a tap).
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled = web_sys::window()
            .is_some_and(|window| window.set_timeout_with_callback(&resolve).is_ok());
        if !scheduled {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Names the page after the current screen's main heading, and when `focus` is set moves
/// keyboard and screen-reader focus to that heading (after an in-app navigation).
pub fn announce_screen(focus: bool) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Ok(Some(heading)) = document.query_selector("#main h1") else {
        return;
    };
    let name = heading.text_content().unwrap_or_default();
    document.set_title(&format!("{} · Candor", name.trim()));
    if focus {
        if let Some(heading) = heading.dyn_ref::<web_sys::HtmlElement>() {
            let _ = heading.focus();
        }
    }
}

/// Whether keyboard focus is on the current screen's main heading, as it is right after an
/// in-app navigation.
pub fn heading_has_focus() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.active_element())
        .is_some_and(|active| {
            active.tag_name().eq_ignore_ascii_case("h1")
                && active.closest("main").ok().flatten().is_some()
        })
}

/// Whether every file of this version is kept on the device for offline use, kept current
/// (`public/sw-register.js` says so once the service worker has fetched them all).
pub fn ready_offline() -> leptos::prelude::RwSignal<bool> {
    use leptos::prelude::*;
    let already = web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &"candorReadyOffline".into()).ok())
        .is_some_and(|flag| flag.is_truthy());
    let ready = RwSignal::new(already);
    let listener = window_event_listener_untyped("candor-ready-offline", move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    ready
}

/// Whether the browser offers to install Candor as an app (`beforeinstallprompt`, kept by
/// `public/sw-register.js`), kept current as it starts or stops offering.
pub fn install_offered() -> leptos::prelude::RwSignal<bool> {
    use leptos::prelude::*;
    let offered = RwSignal::new(install_prompt().is_some());
    let listener = window_event_listener_untyped("candor-installable", move |_| {
        offered.set(install_prompt().is_some())
    });
    on_cleanup(move || listener.remove());
    offered
}

fn install_prompt() -> Option<JsValue> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &"candorInstall".into())
        .ok()
        .filter(|prompt| prompt.is_object())
}

/// Shows the browser's own "Install" dialog; answers whether the candidate accepted.
pub async fn install() -> bool {
    let Some(prompt) = install_prompt() else {
        return false;
    };
    let show = js_sys::Reflect::get(&prompt, &"prompt".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(promise) = show
        .and_then(|show| show.call0(&prompt).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return false;
    };
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    let accepted = match js_sys::Reflect::get(&prompt, &"userChoice".into())
        .ok()
        .and_then(|choice| choice.dyn_into::<js_sys::Promise>().ok())
    {
        Some(choice) => wasm_bindgen_futures::JsFuture::from(choice)
            .await
            .ok()
            .and_then(|choice| js_sys::Reflect::get(&choice, &"outcome".into()).ok())
            .and_then(|outcome| outcome.as_string())
            .is_some_and(|outcome| outcome == "accepted"),
        None => false,
    };
    // A prompt can be shown once; the browser offers a new one if it still can.
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &"candorInstall".into(), &JsValue::UNDEFINED);
        if let Ok(event) = web_sys::Event::new("candor-installable") {
            let _ = window.dispatch_event(&event);
        }
    }
    accepted
}

/// Whether this browser can keep the app for offline use (it has service workers).
pub fn can_work_offline() -> bool {
    web_sys::window().is_some_and(|window| {
        js_sys::Reflect::has(&window.navigator(), &"serviceWorker".into()).unwrap_or(false)
    })
}

/// Where the app is built: `#app` in index.html, else the page's body.
pub fn app_root() -> Option<web_sys::HtmlElement> {
    let document = web_sys::window()?.document()?;
    document
        .get_element_by_id("app")
        .and_then(|root| root.dyn_into().ok())
        .or_else(|| document.body())
}

/// Removes the static shell once the app's first screen is drawn behind it (the app is
/// hidden while the shell is in the page) and names the page after the screen; then, a task
/// later (the frame that shows the app does nothing else), says the app has started: the
/// service worker is registered then, so its downloads never compete with the first screen's.
pub fn replace_shell() {
    if let Some(shell) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("boot"))
    {
        shell.remove();
    }
    announce_screen(false);
    wasm_bindgen_futures::spawn_local(async {
        next_task().await;
        say_started();
    });
}

/// Tells the page's scripts that the app is running (the service worker then keeps the rest
/// of the app for offline use, once the page is idle).
fn say_started() {
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &"candorStarted".into(), &true.into());
        if let Ok(event) = web_sys::Event::new("candor-started") {
            let _ = window.dispatch_event(&event);
        }
    }
}

/// Gives the screen's heading keyboard focus, as a new screen does, when what the screen shows
/// changed in place (a locked link opened, a card put back).
pub fn focus_heading() {
    let heading = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector("#main h1").ok().flatten());
    if let Some(heading) = heading
        .as_ref()
        .and_then(|h| h.dyn_ref::<web_sys::HtmlElement>())
    {
        let _ = heading.focus();
    }
}

/// Gives the element with this id keyboard focus (the browser scrolls to it if needed).
pub fn focus(element_id: &str) {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(element_id));
    if let Some(element) = element
        .as_ref()
        .and_then(|e| e.dyn_ref::<web_sys::HtmlElement>())
    {
        let _ = element.focus();
    }
}

/// Scrolls the element with this id into view and gives it keyboard focus.
pub fn reveal(element_id: &str) {
    let Some(element) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(element_id))
    else {
        return;
    };
    element.scroll_into_view();
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Copies text to the clipboard. Fails with a readable reason when the browser refuses.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let refused =
        |_| "the browser did not allow copying: select the text and copy it by hand".to_owned();
    let window = web_sys::window().ok_or_else(|| "there is no browser window".to_owned())?;
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(refused)
}

/// Copies `text`, then says in `said` how it went: `done` once copied, else why not.
pub fn copy_and_say(
    text: String,
    said: leptos::prelude::RwSignal<Option<String>>,
    done: &'static str,
) {
    use leptos::prelude::Set;
    leptos::task::spawn_local(async move {
        said.set(Some(match copy_text(&text).await {
            Ok(()) => done.to_owned(),
            Err(why) => format!("Not copied: {why}."),
        }));
    });
}

fn share_function() -> Option<(web_sys::Navigator, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let share = js_sys::Reflect::get(&navigator, &"share".into()).ok()?;
    share
        .dyn_into::<js_sys::Function>()
        .ok()
        .map(|share| (navigator, share))
}

/// Whether the browser has a share sheet (phones do; most desktop browsers do not).
pub fn can_share() -> bool {
    share_function().is_some()
}

/// Opens the phone's share sheet with a title and a text. Cancelling is not an error.
pub async fn share_text(title: &str, text: &str) {
    let Some((navigator, share)) = share_function() else {
        return;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"text".into(), &text.into());
    if let Ok(promise) = share.call1(&navigator, &data) {
        if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
            // The candidate may close the sheet: that rejection is expected, not an error.
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        }
    }
}

/// Asks the candidate to confirm something that would replace what they typed.
pub fn confirm(message: &str) -> bool {
    web_sys::window()
        .and_then(|window| window.confirm_with_message(message).ok())
        .unwrap_or(false)
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Old browsers have no StorageManager; check before calling into it.
    js_sys::Reflect::has(&navigator, &"storage".into())
        .unwrap_or(false)
        .then(|| navigator.storage())
}

async fn storage_answer(
    ask: impl FnOnce(&web_sys::StorageManager) -> Result<js_sys::Promise, wasm_bindgen::JsValue>,
) -> Option<bool> {
    let promise = ask(&storage_manager()?).ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Whether the browser has agreed to keep this site's data when it clears space. `None`
/// when the browser cannot say.
pub async fn is_storage_persistent() -> Option<bool> {
    storage_answer(web_sys::StorageManager::persisted).await
}

/// Asks the browser to keep this site's data; answers whether it agreed.
pub async fn request_persistent_storage() -> Option<bool> {
    storage_answer(web_sys::StorageManager::persist).await
}

/// A file Candor makes (a backup, a spreadsheet, a calendar event, a transfer), ready to be
/// saved or handed to another app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileToSave {
    pub name: String,
    /// Its media type, e.g. `application/json`.
    pub mime: &'static str,
    pub text: String,
}

/// How a file left Candor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Downloaded (`<a download>`).
    Downloaded,
    /// Handed to the share sheet (Save to Files, AirDrop, Messages, Mail…).
    Shared,
    /// The candidate closed the share sheet.
    Cancelled,
}

/// Why a file did not leave Candor, and what to do instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unsaved {
    /// The share sheet needs a tap of its own (the file took a moment to make): a button
    /// hands it over.
    NeedsTap,
    /// Neither a download nor the share sheet works here: the text is shown to copy.
    CopyInstead,
    /// The browser refused, for this reason.
    Failed(String),
}

fn navigator() -> Option<web_sys::Navigator> {
    web_sys::window().map(|window| window.navigator())
}

fn matches_media(query: &str) -> bool {
    web_sys::window()
        .and_then(|window| window.match_media(query).ok().flatten())
        .is_some_and(|list| list.matches())
}

/// Whether this is an iPhone or an iPad (an iPad asks for the desktop site, so it says
/// "Macintosh", but has a touch screen): every browser there is Safari's engine, with
/// Safari's rules for installed apps and storage.
pub fn is_ios() -> bool {
    let Some(navigator) = navigator() else {
        return false;
    };
    let agent = navigator.user_agent().unwrap_or_default();
    agent.contains("iPhone")
        || agent.contains("iPad")
        || agent.contains("iPod")
        || (agent.contains("Macintosh") && navigator.max_touch_points() > 1)
}

/// Whether Candor runs as an installed app (from the Home Screen, or a desktop app window)
/// rather than in a browser tab.
pub fn is_installed() -> bool {
    let standalone = navigator()
        .and_then(|n| js_sys::Reflect::get(&n, &"standalone".into()).ok())
        .and_then(|value| value.as_bool())
        .unwrap_or(false);
    standalone || matches_media("(display-mode: standalone)")
}

/// Whether this is Safari (on a phone or a Mac) in a tab: there, the data of a site not
/// used for 7 days is cleared, unless it is on the Home Screen.
pub fn cleared_when_unused() -> bool {
    if is_installed() {
        return false;
    }
    let agent = navigator()
        .and_then(|n| n.user_agent().ok())
        .unwrap_or_default();
    let other = [
        "Chrome", "Chromium", "CriOS", "FxiOS", "Firefox", "EdgiOS", "Android",
    ];
    is_ios() || (agent.contains("Safari") && !other.iter().any(|name| agent.contains(name)))
}

/// Whether `<a download>` saves files here. An installed iPhone app has the attribute but
/// the download fails or traps the app with no way back.
fn downloads_work() -> bool {
    let has_attribute = js_sys::Reflect::get(&js_sys::global(), &"HTMLAnchorElement".into())
        .ok()
        .and_then(|anchor| js_sys::Reflect::get(&anchor, &"prototype".into()).ok())
        .is_some_and(|prototype| {
            js_sys::Reflect::has(&prototype, &"download".into()).unwrap_or(false)
        });
    has_attribute && !(is_ios() && is_installed())
}

/// A `File` of `file`, for the share sheet.
fn file_object(file: &FileToSave) -> Option<web_sys::File> {
    let parts = js_sys::Array::of1(&file.text.as_str().into());
    let options = web_sys::FilePropertyBag::new();
    options.set_type(file.mime);
    web_sys::File::new_with_str_sequence_and_options(&parts, &file.name, &options).ok()
}

/// Hands `file` to the share sheet, if this browser can share files.
async fn share_file(file: &FileToSave) -> Option<Result<Saved, Unsaved>> {
    let (navigator, share) = share_function()?;
    let object = file_object(file)?;
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&object));
    let can_share = js_sys::Reflect::get(&navigator, &"canShare".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())?;
    if !can_share
        .call1(&navigator, &data)
        .ok()
        .and_then(|answer| answer.as_bool())
        .unwrap_or(false)
    {
        return None;
    }
    let promise = share
        .call1(&navigator, &data)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    Some(match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) => Ok(Saved::Shared),
        Err(error) => {
            let name = error
                .dyn_ref::<web_sys::DomException>()
                .map(|e| e.name())
                .unwrap_or_default();
            match name.as_str() {
                "AbortError" => Ok(Saved::Cancelled),
                // Sharing must follow a tap closely; making the file took too long.
                "NotAllowedError" => Err(Unsaved::NeedsTap),
                _ => Err(Unsaved::Failed(
                    "the share sheet refused the file".to_owned(),
                )),
            }
        }
    })
}

/// Saves a file Candor made, the way this device can: in an installed iPhone app (or
/// wherever downloads do not work) through the share sheet, as a file with its name and
/// type; elsewhere as a download; and when neither works, says to copy the text.
pub async fn save_file(file: &FileToSave) -> Result<Saved, Unsaved> {
    let downloads = downloads_work();
    if !downloads {
        return match share_file(file).await {
            Some(Err(Unsaved::Failed(_))) | None => Err(Unsaved::CopyInstead),
            Some(outcome) => outcome,
        };
    }
    download_text(&file.name, file.mime, &file.text)
        .map(|()| Saved::Downloaded)
        .map_err(Unsaved::Failed)
}

/// A person picked from the phone's contacts: the first name, e-mail and phone given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PickedContact {
    pub name: String,
    pub email: String,
    pub phone: String,
}

/// The Contact Picker (`navigator.contacts`), where the browser has it (Chrome on Android).
fn contacts_manager() -> Option<JsValue> {
    let window = web_sys::window()?;
    let has_api = js_sys::Reflect::has(&window, &"ContactsManager".into()).unwrap_or(false);
    let contacts = js_sys::Reflect::get(&window.navigator(), &"contacts".into()).ok()?;
    (has_api && contacts.is_object()).then_some(contacts)
}

/// Whether this browser can pick from the phone's contacts.
pub fn can_pick_contacts() -> bool {
    contacts_manager().is_some()
}

/// Asks for one contact from the phone's address book; `Ok(None)` when the candidate closed
/// the picker without choosing.
pub async fn pick_contact() -> Result<Option<PickedContact>, String> {
    let manager = contacts_manager().ok_or("This browser cannot open your contacts.")?;
    let select: js_sys::Function = js_sys::Reflect::get(&manager, &"select".into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or("This browser cannot open your contacts.")?;
    let properties = js_sys::Array::of3(&"name".into(), &"email".into(), &"tel".into());
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"multiple".into(), &false.into());
    let promise: js_sys::Promise = select
        .call2(&manager, &properties, &options)
        .ok()
        .and_then(|p| p.dyn_into().ok())
        .ok_or("Your contacts could not be opened.")?;
    let chosen = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|_| "Your contacts could not be opened.".to_owned())?;
    let Some(first) = js_sys::Array::from(&chosen).iter().next() else {
        return Ok(None);
    };
    let first_of = |key: &str| {
        js_sys::Reflect::get(&first, &key.into())
            .ok()
            .map(|list| js_sys::Array::from(&list))
            .and_then(|list| list.iter().find_map(|value| value.as_string()))
            .map(|text| text.trim().to_owned())
            .unwrap_or_default()
    };
    Ok(Some(PickedContact {
        name: first_of("name"),
        email: first_of("email"),
        phone: first_of("tel"),
    }))
}
