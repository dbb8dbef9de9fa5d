//! Result codes: one check's answers as a short text that survives any form or chat, so a
//! participant on a phone can hand results to a trainer by pasting, with no file and no
//! server. Pure; never imports yew, web_sys, gloo or wasm_bindgen.
//!
//! A code reads `CCHK1-` (tag and format version) followed by Crockford base 32 (digits and
//! upper-case letters except I, L, O and U; read back case-insensitively, with I and L as 1
//! and O as 0, and hyphens or spaces ignored). No character that a form or chat changes:
//! no spaces, quotes, underscores or asterisks. Inside, in bytes:
//!
//! | bytes | what |
//! |---|---|
//! | 1 | flags: 1 = has the service name, 2 = has memos |
//! | 8 | the 15 answers, 4 bits each in checklist order (0 none, 1 done, 2 partly, 3 not yet, 4 don't know, 5 not applicable) |
//! | 1 + n | the check's id (ASCII, n ≤ 32) |
//! | 4 | `updated_at` in minutes since 2020-01-01 UTC, big-endian |
//! | varint + n | the service name, UTF-8 (if flag 1) |
//! | 1, then per memo: 1 + varint + n | how many memos; each: item index, length, UTF-8 (if flag 2) |
//! | 4 | CRC-32 of everything before it, big-endian |
//!
//! A code of a newer format version is refused with "update the tool", like a newer file; a
//! damaged one (cut short, edited, a wrong character) fails its checksum.

use std::collections::BTreeMap;

use super::assessment::{Assessment, Entry, MEMO_MAX_CHARS, SERVICE_NAME_MAX_CHARS};
use super::date::{civil_from_days, days_from_civil};
use super::text;
use super::Answer;

/// What marks a result code, before its version number.
pub const TAG: &str = "CCHK";
/// The format version this build writes and reads.
pub const CODE_VERSION: u32 = 1;
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const HAS_NAME: u8 = 1;
const HAS_MEMOS: u8 = 2;
const MAX_ID: usize = 32;
/// Minutes from 1970-01-01 to 2020-01-01.
const EPOCH_MINUTES: i64 = 26_297_280;

/// What a code carries besides the answers, when the participant chooses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Include {
    pub service_name: bool,
    /// Memos can hold internal details: off unless ticked.
    pub memos: bool,
}

/// Why a code cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Made by a newer version of the tool.
    NewerVersion { found: u32 },
    /// Cut short, edited or mistyped: the checksum does not match (what check it seems to
    /// come from: [`damaged_check`]).
    Damaged,
}

/// The code for `a` (answers by `item_ids`, in checklist order).
pub fn encode(a: &Assessment, item_ids: &[&str], include: Include) -> String {
    let mut bytes = Vec::new();
    let memos: Vec<(usize, &str)> = item_ids
        .iter()
        .enumerate()
        .filter(|_| include.memos)
        .map(|(i, id)| (i, a.memo(id)))
        .filter(|(_, m)| !m.is_empty())
        .collect();
    let name = include.service_name && !a.service_name.is_empty();
    bytes.push(if name { HAS_NAME } else { 0 } | if memos.is_empty() { 0 } else { HAS_MEMOS });
    let mut nibbles = [0u8; 16];
    for (i, id) in item_ids.iter().take(16).enumerate() {
        nibbles[i] = a.answer(id).map_or(0, Answer::code_number);
    }
    bytes.extend(nibbles.chunks(2).map(|p| (p[0] << 4) | p[1]));
    let id: Vec<u8> =
        a.id.bytes()
            .filter(u8::is_ascii_graphic)
            .take(MAX_ID)
            .collect();
    bytes.push(id.len() as u8);
    bytes.extend(&id);
    bytes.extend(minutes(&a.updated_at).to_be_bytes());
    if name {
        push_text(&mut bytes, &a.service_name);
    }
    if !memos.is_empty() {
        bytes.push(memos.len() as u8);
        for (i, memo) in memos {
            bytes.push(i as u8);
            push_text(&mut bytes, memo);
        }
    }
    bytes.extend(crc32(&bytes).to_be_bytes());
    format!("{TAG}{CODE_VERSION}-{}", base32(&bytes))
}

/// One code as found in a text, and what reading it gave.
pub type Found = (String, Result<Assessment, CodeError>);

/// Most codes read from one text (a paste, a file, a link): an LMS report of a large course,
/// a few attempts each, fits; a crafted megabyte of codes (19,000 of them) is not read past
/// this, and says how many it held.
pub const MAX_CODES_PER_TEXT: usize = 2000;

/// The codes in `text` (one per line, or among other chat text), each read or refused, in
/// the order they appear: the first [`MAX_CODES_PER_TEXT`]; and how many the text holds in
/// all (counted without reading them). Text that holds no code gives an empty list.
pub fn find_counted(text: &str, item_ids: &[&str]) -> (Vec<Found>, usize) {
    let mut found = Vec::new();
    let mut total = 0;
    scan(text, |code, version, body| {
        total += 1;
        if found.len() < MAX_CODES_PER_TEXT {
            let result = if version > CODE_VERSION {
                Err(CodeError::NewerVersion { found: version })
            } else if version < CODE_VERSION {
                Err(CodeError::Damaged)
            } else {
                decode(body, item_ids)
            };
            found.push((code, result));
        }
    });
    (found, total)
}

/// The first [`MAX_CODES_PER_TEXT`] codes in `text`, as [`find_counted`] reads them.
pub fn find(text: &str, item_ids: &[&str]) -> Vec<Found> {
    find_counted(text, item_ids).0
}

/// Calls `each(code as found, version, body)` for every code-shaped run in `text`.
fn scan(text: &str, mut each: impl FnMut(String, u32, &str)) {
    let upper = text.to_ascii_uppercase();
    let mut rest = upper.as_str();
    while let Some(at) = rest.find(TAG) {
        let after = &rest[at + TAG.len()..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let body_start = digits + usize::from(after[digits..].starts_with('-'));
        if digits == 0 || body_start == digits {
            rest = after;
            continue;
        }
        let body_len = after[body_start..]
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
            .count();
        let code = &after[..body_start + body_len];
        let version: u32 = after[..digits].parse().unwrap_or(u32::MAX);
        each(
            format!("{TAG}{code}"),
            version,
            &after[body_start..body_start + body_len],
        );
        rest = &after[body_start + body_len..];
    }
}

fn decode(body: &str, item_ids: &[&str]) -> Result<Assessment, CodeError> {
    let bytes = unbase32(body).ok_or(CodeError::Damaged)?;
    let (data, sum) = bytes.split_at(bytes.len().checked_sub(4).ok_or(CodeError::Damaged)?);
    if crc32(data).to_be_bytes() != sum {
        return Err(CodeError::Damaged);
    }
    let mut r = Reader(data);
    let flags = r.byte()?;
    let mut entries = BTreeMap::new();
    for (pair, ids) in r.take(8)?.iter().zip(item_ids.chunks(2)) {
        for (id, nibble) in ids.iter().zip([pair >> 4, pair & 0x0f]) {
            let answer = match nibble {
                0 => None,
                n => Some(Answer::from_code_number(n).ok_or(CodeError::Damaged)?),
            };
            if answer.is_some() {
                entries.insert(
                    id.to_string(),
                    Entry {
                        answer,
                        ..Entry::default()
                    },
                );
            }
        }
    }
    let id_len = usize::from(r.byte()?);
    // The encoder writes printable ASCII only: anything else was not made by this app.
    let id_bytes = r.take(id_len)?;
    if id_len == 0 || id_len > MAX_ID || !id_bytes.iter().all(u8::is_ascii_graphic) {
        return Err(CodeError::Damaged);
    }
    let id = text::checked_id(std::str::from_utf8(id_bytes).map_err(|_| CodeError::Damaged)?);
    let updated = timestamp(u32::from_be_bytes(
        r.take(4)?.try_into().map_err(|_| CodeError::Damaged)?,
    ));
    let mut service_name = String::new();
    if flags & HAS_NAME != 0 {
        service_name = text::one_line(&r.text(SERVICE_NAME_MAX_CHARS)?)
            .trim()
            .to_owned();
    }
    if flags & HAS_MEMOS != 0 {
        for _ in 0..r.byte()? {
            let index = usize::from(r.byte()?);
            let item = item_ids.get(index).ok_or(CodeError::Damaged)?;
            let memo = text::lines(&r.text(MEMO_MAX_CHARS)?);
            entries.entry(item.to_string()).or_default().memo = memo;
        }
    }
    if id.is_empty() || !r.0.is_empty() {
        return Err(CodeError::Damaged);
    }
    Ok(Assessment {
        id,
        service_name,
        created_at: updated.clone(),
        updated_at: updated,
        entries,
        ..Assessment::default()
    })
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], CodeError> {
        if self.0.len() < n {
            return Err(CodeError::Damaged);
        }
        let (head, tail) = self.0.split_at(n);
        self.0 = tail;
        Ok(head)
    }

    fn byte(&mut self) -> Result<u8, CodeError> {
        Ok(self.take(1)?[0])
    }

    fn varint(&mut self) -> Result<usize, CodeError> {
        let mut value = 0usize;
        for shift in [0, 7, 14] {
            let b = self.byte()?;
            value |= usize::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(CodeError::Damaged)
    }

    fn text(&mut self, max_chars: usize) -> Result<String, CodeError> {
        let len = self.varint()?;
        let text = std::str::from_utf8(self.take(len)?).map_err(|_| CodeError::Damaged)?;
        if text.chars().count() > max_chars {
            return Err(CodeError::Damaged);
        }
        Ok(text.to_owned())
    }
}

fn push_text(bytes: &mut Vec<u8>, text: &str) {
    let mut len = text.len();
    loop {
        let low = (len & 0x7f) as u8;
        len >>= 7;
        if len == 0 {
            bytes.push(low);
            break;
        }
        bytes.push(low | 0x80);
    }
    bytes.extend(text.as_bytes());
}

/// Minutes since 2020-01-01 of an ISO 8601 UTC time (`2026-11-23T09:30…`); 0 if it is not one.
fn minutes(iso: &str) -> u32 {
    let num = |range: std::ops::Range<usize>| iso.get(range)?.parse::<i64>().ok();
    let parts = (num(0..4), num(5..7), num(8..10), num(11..13), num(14..16));
    let (Some(y), Some(m), Some(d), Some(h), Some(min)) = parts else {
        return 0;
    };
    let minutes = days_from_civil(y, m, d) * 1440 + h * 60 + min - EPOCH_MINUTES;
    u32::try_from(minutes).unwrap_or(0)
}

/// The ISO 8601 UTC time `minutes` after 2020-01-01.
fn timestamp(minutes: u32) -> String {
    let total = i64::from(minutes) + EPOCH_MINUTES;
    let (days, rest) = (total.div_euclid(1440), total.rem_euclid(1440));
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:00.000Z",
        rest / 60,
        rest % 60
    )
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn base32(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 8 / 5 + 1);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHABET[((buffer >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(ALPHABET[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

/// A check's fingerprint: what a damaged code keeps of the check it seems to come from, and
/// what a class overview matches the participant's readable copy by.
pub fn fingerprint(check_id: &str) -> u64 {
    text::fnv1a(check_id)
}

/// The [`fingerprint`] of the check a damaged `code` (as [`find`] gives it) seems to come
/// from, read where the id sits, without the checksum: a typo in the answers, the time or the
/// checksum leaves the id whole, and so does a code cut short after it. A character outside
/// the alphabet reads as 0. None when that part does not read as an id. For the trainer's
/// class overview only: participants never need it.
pub fn damaged_check(code: &str) -> Option<u64> {
    let body = code.split_once('-')?.1;
    // As `unbase32` reads, but on past a wrong character and whatever the last bits.
    let mut bytes = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in body.bytes().filter(|c| *c != b'-') {
        buffer = (buffer << 5) | digit(c).unwrap_or(0);
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            bytes.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    let len = usize::from(*bytes.get(9)?);
    let id = bytes.get(10..10 + len)?;
    if len == 0 || len > MAX_ID || !id.iter().all(u8::is_ascii_graphic) {
        return None;
    }
    Some(fingerprint(&text::checked_id(
        std::str::from_utf8(id).ok()?,
    )))
}

fn unbase32(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.bytes().filter(|c| *c != b'-') {
        buffer = (buffer << 5) | digit(c)?;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    // What is left over must be padding of zero bits.
    (buffer == 0).then_some(out)
}

/// The value of one base 32 character, read case-insensitively with O as 0 and I, L as 1.
fn digit(c: u8) -> Option<u32> {
    let c = match c.to_ascii_uppercase() {
        b'O' => b'0',
        b'I' | b'L' => b'1',
        c => c,
    };
    ALPHABET.iter().position(|a| *a == c).map(|v| v as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_survive_the_minute_count() {
        assert_eq!(
            timestamp(minutes("2026-11-23T09:30:41.123Z")),
            "2026-11-23T09:30:00.000Z"
        );
        assert_eq!(timestamp(0), "2020-01-01T00:00:00.000Z");
        assert_eq!(minutes("not a date"), 0);
        assert_eq!(
            timestamp(minutes("2024-02-29T23:59:00.000Z")),
            "2024-02-29T23:59:00.000Z"
        );
    }

    #[test]
    fn the_checksum_is_crc32() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn base32_round_trips_and_forgives_confusable_letters() {
        let bytes = [0u8, 1, 2, 250, 255, 17, 99];
        let text = base32(&bytes);
        assert_eq!(unbase32(&text), Some(bytes.to_vec()));
        assert_eq!(
            unbase32(
                &text
                    .to_ascii_lowercase()
                    .replace('0', "o")
                    .replace('1', "l")
            ),
            Some(bytes.to_vec())
        );
        assert_eq!(unbase32("U"), None, "U is not in the alphabet");
    }
}
