//! mailto: links (RFC 6068) open the message exactly as written.

use candor::domain::mailto::{encode_component, mailto};

#[test]
fn spaces_line_breaks_and_reserved_characters_are_percent_encoded() {
    assert_eq!(encode_component("Hello there"), "Hello%20there");
    assert_eq!(encode_component("a\nb"), "a%0D%0Ab");
    assert_eq!(encode_component("a\r\nb"), "a%0D%0Ab");
    assert_eq!(
        encode_component("R&D #1? 50%=half+more"),
        "R%26D%20%231%3F%2050%25%3Dhalf%2Bmore"
    );
    assert_eq!(encode_component("safe-._~AZaz09"), "safe-._~AZaz09");
}

#[test]
fn non_ascii_is_encoded_as_utf8() {
    assert_eq!(encode_component("Zoë"), "Zo%C3%AB");
    assert_eq!(encode_component("株式"), "%E6%A0%AA%E5%BC%8F");
    assert_eq!(encode_component("👋"), "%F0%9F%91%8B");
}

#[test]
fn a_whole_link_has_recipient_subject_and_body() {
    let link = mailto(
        " dana@northstar.example ",
        "Thank you, Ana & team",
        "Hi Dana,\n\nThanks!",
    );
    assert_eq!(
        link,
        "mailto:dana@northstar.example?subject=Thank%20you%2C%20Ana%20%26%20team&body=Hi%20Dana%2C%0D%0A%0D%0AThanks%21"
    );
}

#[test]
fn an_address_cannot_smuggle_extra_headers() {
    let link = mailto("a@b.example?cc=evil@x.example", "s", "b");
    assert!(
        link.starts_with("mailto:a@b.example%3Fcc%3Devil@x.example?subject="),
        "{link}"
    );
    assert_eq!(link.matches('?').count(), 1);
}

#[test]
fn no_recipient_still_makes_a_link() {
    assert_eq!(mailto("", "Hi", "There"), "mailto:?subject=Hi&body=There");
}

#[test]
fn a_text_link_keeps_the_number_as_typed_and_the_body_whole() {
    use candor::domain::mailto::sms;
    assert_eq!(
        sms(" +33 6 12-34 56 ", "Hi Dana, could we talk at 4?"),
        "sms:+336123456?body=Hi%20Dana%2C%20could%20we%20talk%20at%204%3F"
    );
    assert!(sms("(555) 010-9999", "é").starts_with("sms:5550109999?body=%C3%A9"));
}

#[test]
fn the_text_to_set_a_debrief_time_asks_for_later_today() {
    use candor::domain::note::ask_for_a_debrief_time;
    let text = ask_for_a_debrief_time("Dana Reyes", "Acme Robotics");
    assert!(
        text.starts_with("Hi Dana, I've just finished the interview with Acme Robotics."),
        "{text}"
    );
    assert!(text.contains("later today"), "{text}");
    let bare = ask_for_a_debrief_time("", " ");
    assert!(
        bare.starts_with("Hi, I've just finished the interview."),
        "{bare}"
    );
}
