//! A small, strict JSON parser for the stored document: text to a tree of values, refusing
//! anything that is not JSON (with where it went wrong). Written by hand rather than with
//! serde because Today cannot show stored data before this code has downloaded, and serde's
//! generated readers were most of that download.

use std::borrow::Cow;
use std::fmt;

/// How deep arrays and objects may nest: far more than the document uses, and few enough
/// that hostile text cannot exhaust the stack.
const MAX_DEPTH: usize = 128;

/// One JSON value. Text borrows from the document unless it had escapes.
#[derive(Debug, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    Number(Number),
    Text(Cow<'a, str>),
    List(Vec<Value<'a>>),
    /// The members in document order; a name may appear twice (readers decide).
    Object(Vec<(Cow<'a, str>, Value<'a>)>),
}

/// A JSON number. The stored document only holds whole numbers, so others are kept as
/// "some other number" without their value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Number {
    /// A whole number written without a fraction or exponent, within ±2^64.
    Whole(i128),
    /// A fraction, an exponent, or a whole number too large to be a count or a time.
    Other,
}

impl Value<'_> {
    /// What kind of value this is, for messages: "a number", "text".
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "true or false",
            Value::Number(_) => "a number",
            Value::Text(_) => "text",
            Value::List(_) => "a list",
            Value::Object(_) => "an object",
        }
    }
}

/// Why text is not JSON, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    problem: &'static str,
    line: usize,
    column: usize,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.problem, self.line, self.column
        )
    }
}

/// Parses a whole document: one value, with nothing but white space around it.
pub fn parse(text: &str) -> Result<Value<'_>, SyntaxError> {
    let mut parser = Parser { text, at: 0 };
    let value = parser.value(0)?;
    parser.skip_space();
    match parser.peek() {
        None => Ok(value),
        Some(_) => Err(parser.error("unexpected text after the end")),
    }
}

struct Parser<'a> {
    text: &'a str,
    /// A byte offset, always on a character boundary.
    at: usize,
}

impl<'a> Parser<'a> {
    #[inline]
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn error(&self, problem: &'static str) -> SyntaxError {
        // Counted on bytes: a failure can come after the first byte of a multi-byte
        // character (an escape like `\é`), where slicing the text would panic.
        let before = &self.text.as_bytes()[..self.at.min(self.text.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let last_line = before.rsplit(|&b| b == b'\n').next().unwrap_or(&[]);
        // Every byte but a UTF-8 continuation byte starts a character.
        let column = last_line.iter().filter(|&&b| b & 0xC0 != 0x80).count() + 1;
        SyntaxError {
            problem,
            line,
            column,
        }
    }

    #[inline]
    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Consumes `byte` (after white space) or fails.
    fn expect(&mut self, byte: u8, problem: &'static str) -> Result<(), SyntaxError> {
        self.skip_space();
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(problem))
        }
    }

    /// Consumes `byte` after white space if it is next.
    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        let found = self.peek() == Some(byte);
        self.at += usize::from(found);
        found
    }

    fn value(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        self.skip_space();
        match self.peek() {
            None => Err(self.error("the text ends too soon")),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.list(depth + 1),
            Some(b'"') => self.text().map(Value::Text),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            Some(_) => {
                for (word, value) in [
                    ("true", Value::Bool(true)),
                    ("false", Value::Bool(false)),
                    ("null", Value::Null),
                ] {
                    if self.text[self.at..].starts_with(word) {
                        self.at += word.len();
                        return Ok(value);
                    }
                }
                Err(self.error("expected a value"))
            }
        }
    }

    fn list(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error("lists and objects nest too deeply"));
        }
        self.at += 1;
        let mut items = Vec::new();
        if self.eat(b']') {
            return Ok(Value::List(items));
        }
        loop {
            items.push(self.value(depth)?);
            if self.eat(b']') {
                return Ok(Value::List(items));
            }
            self.expect(b',', "expected , or ] in a list")?;
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error("lists and objects nest too deeply"));
        }
        self.at += 1;
        let mut members = Vec::new();
        if self.eat(b'}') {
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a name in quotes"));
            }
            let name = self.text()?;
            self.expect(b':', "expected : after a name")?;
            members.push((name, self.value(depth)?));
            if self.eat(b'}') {
                return Ok(Value::Object(members));
            }
            self.expect(b',', "expected , or } in an object")?;
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Number, SyntaxError> {
        let negative = self.peek() == Some(b'-');
        self.at += usize::from(negative);
        let first = self.at;
        let count = self.digits();
        if count == 0 || (count > 1 && self.text.as_bytes()[first] == b'0') {
            return Err(self.error("a number is malformed"));
        }
        let mut whole = true;
        if self.peek() == Some(b'.') {
            self.at += 1;
            whole = false;
            if self.digits() == 0 {
                return Err(self.error("a number is malformed"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            whole = false;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("a number is malformed"));
            }
        }
        // Twenty digits reach 2^64; 38 would still fit an i128, so this cannot overflow.
        if !whole || count > 20 {
            return Ok(Number::Other);
        }
        let magnitude = self.text.as_bytes()[first..first + count]
            .iter()
            .fold(0i128, |n, digit| n * 10 + i128::from(digit - b'0'));
        Ok(Number::Whole(if negative { -magnitude } else { magnitude }))
    }

    /// A string, starting at its opening quote.
    fn text(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        self.at += 1;
        let start = self.at;
        let mut unescaped: Option<String> = None;
        let mut run = start;
        loop {
            match self.peek() {
                None => return Err(self.error("text is not closed")),
                Some(b'"') => {
                    let rest = &self.text[run..self.at];
                    self.at += 1;
                    return Ok(match unescaped {
                        None => Cow::Borrowed(rest),
                        Some(mut owned) => {
                            owned.push_str(rest);
                            Cow::Owned(owned)
                        }
                    });
                }
                Some(b'\\') => {
                    let owned = unescaped.get_or_insert_with(String::new);
                    owned.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    let decoded = self.escape()?;
                    owned.push(decoded);
                    run = self.at;
                }
                Some(0..=0x1f) => return Err(self.error("a control character in text")),
                Some(_) => {
                    // Skip to the next byte that needs a look: most text has none.
                    let rest = &self.text.as_bytes()[self.at..];
                    self.at += rest
                        .iter()
                        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                        .unwrap_or(rest.len());
                }
            }
        }
    }

    /// One escape, after its backslash.
    fn escape(&mut self) -> Result<char, SyntaxError> {
        let byte = self
            .peek()
            .ok_or_else(|| self.error("text is not closed"))?;
        self.at += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let high = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&high) {
                    if !self.text[self.at..].starts_with("\\u") {
                        return Err(self.error("half of a character pair is missing"));
                    }
                    self.at += 2;
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.error("half of a character pair is missing"));
                    }
                    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    high
                };
                char::from_u32(code).ok_or_else(|| self.error("an escape is not a character"))?
            }
            _ => return Err(self.error("an unknown escape in text")),
        })
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|digits| digits.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("an escape needs four hex digits"))?;
        self.at += 4;
        u32::from_str_radix(digits, 16).map_err(|_| self.error("an escape needs four hex digits"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_of_every_kind_parse() {
        let value = parse(r#" {"a": [1, -20, 3.5, 1e3, true, false, null], "b": "x\"y"} "#);
        let expected = Value::Object(vec![
            (
                "a".into(),
                Value::List(vec![
                    Value::Number(Number::Whole(1)),
                    Value::Number(Number::Whole(-20)),
                    Value::Number(Number::Other),
                    Value::Number(Number::Other),
                    Value::Bool(true),
                    Value::Bool(false),
                    Value::Null,
                ]),
            ),
            ("b".into(), Value::Text("x\"y".into())),
        ]);
        assert_eq!(value, Ok(expected));
    }

    #[test]
    fn errors_say_where() {
        let error = parse("{\"a\":\n  [1,,2]}").unwrap_err();
        assert_eq!(error.to_string(), "expected a value at line 2 column 6");
    }

    #[test]
    fn the_largest_whole_numbers_stay_exact() {
        assert_eq!(
            parse("18446744073709551615"),
            Ok(Value::Number(Number::Whole(18_446_744_073_709_551_615)))
        );
        assert_eq!(
            parse("-9223372036854775808"),
            Ok(Value::Number(Number::Whole(-9_223_372_036_854_775_808)))
        );
        assert_eq!(
            parse("123456789012345678901234"),
            Ok(Value::Number(Number::Other))
        );
    }
}
