//! Room in local storage: what counts against the quota, when to warn, and which records take
//! the most room.

use crate::common::{edit_field, model_with};
use candor::domain::opportunity::Field;
use candor::domain::space::{
    counted, describe, largest, name_largest, nearly_full, per_mille, QUOTA,
};

#[test]
fn storage_counts_characters_and_warns_from_four_fifths_full() {
    assert_eq!(counted("abc"), 3);
    // Browsers count UTF-16 code units: one for "é", two for an emoji.
    assert_eq!(counted("é😀"), 3);
    assert!(!nearly_full(QUOTA * 79 / 100));
    assert!(nearly_full(QUOTA * 80 / 100));
    assert!(nearly_full(QUOTA + 1));
    assert_eq!(describe(4_300_000), "4.1 MB of about 5 MB (82.0%)");
    assert_eq!(describe(1), "1 B of about 5 MB (0.1%)");
    // Past 4 million characters too (where a 32-bit product would overflow).
    assert_eq!(describe(5_000_000), "4.8 MB of about 5 MB (95.3%)");
    assert_eq!(per_mille(QUOTA), 1000);
}

#[test]
fn the_largest_records_are_named_largest_first() {
    let mut model = model_with(&[("Acme", "Dana"), ("Globex", "Sam"), ("Initech", "Lee")]);
    edit_field(&mut model, 2, Field::Notes, &"long notes ".repeat(200), 5);
    edit_field(&mut model, 3, Field::Notes, &"notes ".repeat(50), 6);
    let rooms = largest(&model, 2);
    let titles: Vec<_> = rooms.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(titles, ["Globex", "Initech"]);
    assert!(rooms[0].size > 2200 && rooms[0].size > rooms[1].size);
    assert!(name_largest(&rooms).starts_with("Globex (2."));
}
