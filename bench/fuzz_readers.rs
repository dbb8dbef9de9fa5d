//! Every reader of outside input under generated input: not a test layer but a script
//! (`bash scripts/fuzz.sh [inputs per reader]`, a million by default), whose run is
//! recorded in BENCHMARKS.md. The CI keeps its smaller property tests (tests/format.rs,
//! tests/code.rs).
//!
//! The readers: an export file (`format::parse_import`), result codes in text
//! (`code::find`), the site's `site.json` (`site::read`), an LMS's resume record
//! (`lms::read_record`), and the class overview's file reader (`class::read_file`: an
//! export, or any text with codes in it). Inputs are valid seeds mutated (bytes flipped,
//! inserted, deleted, repeated, spliced with another seed, cut), with line breaks, control
//! characters, U+2028 and broken UTF-8 among what is inserted, and one in ten is random
//! bytes. For each input: no panic; a refused input has a reason with words in both
//! languages; and the time it took, of which the slowest and the 99.9th percentile are
//! printed. Exits non-zero on a panic or a refusal without words.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use cloud_check::content::checklist;
use cloud_check::domain::code::{self, Include};
use cloud_check::domain::intake::ImportError;
use cloud_check::domain::{class, format, site, Answer, Assessment, Lang, Provider};
use cloud_check::i18n::{checks_ui, site_problem};

/// xorshift64*: enough to vary inputs, the same run for the same seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// What mutations insert: line breaks, controls, separators, quotes and code-like text.
const PIECES: &[&[u8]] = &[
    b"\r",
    b"\n",
    b"\r\n",
    b"\0",
    b"\x1b",
    "\u{2028}".as_bytes(),
    "\u{202e}".as_bytes(),
    b"\xe3\x81",
    b"\xff",
    b"\"",
    b"\\",
    b"{",
    b"}",
    b"[",
    b",",
    b":",
    b"CCHK1-",
    b"CCHK9-",
    b"0123456789ABCDEFGHJKMNPQRSTVWXYZ",
    "会計".as_bytes(),
    b"javascript:",
    b"//evil.example",
    b"99999999999999999999",
    b"-1",
    b"null",
];

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    if rng.below(10) == 0 {
        let len = rng.below(600);
        return (0..len).map(|_| rng.next() as u8).collect();
    }
    let mut input = seeds[rng.below(seeds.len())].clone();
    for _ in 0..=rng.below(6) {
        let at = rng.below(input.len() + 1);
        match rng.below(7) {
            0 if !input.is_empty() => {
                let i = rng.below(input.len());
                input[i] ^= 1 << rng.below(8);
            }
            1 => {
                let piece = PIECES[rng.below(PIECES.len())];
                input.splice(at..at, piece.iter().copied());
            }
            2 => {
                let end = (at + rng.below(64)).min(input.len());
                input.drain(at..end);
            }
            3 => {
                let end = (at + rng.below(32)).min(input.len());
                let copy = input[at..end].to_vec();
                for _ in 0..rng.below(50) {
                    input.splice(at..at, copy.iter().copied());
                }
            }
            4 => {
                let other = &seeds[rng.below(seeds.len())];
                let from = rng.below(other.len() + 1);
                input.truncate(at);
                input.extend_from_slice(&other[from..]);
            }
            5 => input.truncate(at),
            _ => {
                let piece = [rng.next() as u8];
                input.splice(at..at, piece);
            }
        }
    }
    input
}

/// One reader's run: how many inputs, how many taken and refused, the times.
struct Run {
    name: &'static str,
    taken: usize,
    refused: usize,
    times: Vec<Duration>,
    faults: Vec<String>,
}

impl Run {
    fn report(&mut self, total: Duration) {
        self.times.sort_unstable();
        let at = |q: f64| self.times[((self.times.len() - 1) as f64 * q) as usize];
        println!(
            "| {} | {} | {} | {} | {:.1} s | {:.0} µs | {:.0} µs | {:.2} ms | {} |",
            self.name,
            self.times.len(),
            self.taken,
            self.refused,
            total.as_secs_f64(),
            at(0.5).as_secs_f64() * 1e6,
            at(0.999).as_secs_f64() * 1e6,
            self.times.last().unwrap().as_secs_f64() * 1e3,
            self.faults.len()
        );
        for fault in self.faults.iter().take(5) {
            eprintln!("  {}: {fault}", self.name);
        }
    }
}

/// Runs `read` over `n` inputs made from `seeds`; `read` says whether the input was taken,
/// or the reason's words when it was refused (`Err("")` is a refusal without words).
fn run(
    name: &'static str,
    n: usize,
    seeds: &[Vec<u8>],
    rng: &mut Rng,
    read: impl Fn(&[u8]) -> Result<(), String>,
) -> Run {
    let mut result = Run {
        name,
        taken: 0,
        refused: 0,
        times: Vec::with_capacity(n),
        faults: Vec::new(),
    };
    let started = Instant::now();
    for _ in 0..n {
        let input = mutate(rng, seeds);
        let start = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| read(&input)));
        result.times.push(start.elapsed());
        match outcome {
            Ok(Ok(())) => result.taken += 1,
            Ok(Err(words)) if !words.trim().is_empty() => result.refused += 1,
            Ok(Err(_)) => result.faults.push(format!(
                "refused without words: {:?}",
                String::from_utf8_lossy(&input)
            )),
            Err(_) => result
                .faults
                .push(format!("panicked on {:?}", String::from_utf8_lossy(&input))),
        }
    }
    result.report(started.elapsed());
    result
}

/// Words for an import error in both languages, joined; empty if either has none.
fn words(e: &ImportError) -> String {
    let (ja, en) = (
        (checks_ui(Lang::Ja).import_error)(e),
        (checks_ui(Lang::En).import_error)(e),
    );
    if ja.trim().is_empty() || en.trim().is_empty() {
        String::new()
    } else {
        format!("{ja} / {en}")
    }
}

fn sample(id: &str, name: &str) -> Assessment {
    let c = checklist();
    let mut a = Assessment::new(id, "2026-11-20T01:00:00.000Z");
    a.set_service_name(name);
    for (item, answer) in c.items.iter().zip(Answer::ALL.iter().cycle()) {
        a.set_answer(&item.id, Some(*answer));
        a.set_memo(&item.id, "NAS に週1回。\n\"引用\" と <タグ>");
    }
    a.set_provider(&Provider {
        name: "クラウド会計株式会社".into(),
        contact: "support@example.com".into(),
        account: "AC-1".into(),
        reply_by: "2026-12-17".into(),
        product: "クラウド会計 スタンダード".into(),
    });
    a.set_letter_choice("backup", true);
    a.letter
        .set_edited(Lang::Ja, Some("クラウド会計株式会社\nご担当者様\n\n…"));
    a.updated_at = "2026-11-23T09:41:00.000Z".into();
    a
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    // Panics are counted, not printed one by one.
    std::panic::set_hook(Box::new(|_| {}));
    let c = checklist();
    let ids: Vec<&str> = c.item_ids().collect();
    let (a, b) = (
        sample("k3j9x0a1b2c3", "会計ソフト"),
        sample("p2", "Google Workspace"),
    );
    let export = cloud_check::export::json(&[&a, &b], Lang::Ja, "2026-11-23T10:00:00.000Z");
    let full = Include {
        service_name: true,
        memos: true,
    };
    let codes = [
        code::encode(&a, &ids, Include::default()),
        code::encode(&b, &ids, full),
    ];
    let chat = format!("佐藤：{} よろしく\n田中：{}\n", codes[0], codes[1]);
    let report = format!(
        "\u{feff}\"First name\",\"Response\"\r\n\"Aiko\",\"{}\"\r\n\"Ben\",\"{}\"\r\n",
        codes[0], codes[1]
    );
    let site_template = include_str!("../assets/site.json");
    let site_full = r#"{"operator":{"ja":"架空市","en":"Kakū City"},"contact":"https://www.city.example.jp/contact/",
        "privacy_policy":"/privacy/","accessibility_statement":"./a11y.html","offline":true,
        "security_contact":"mailto:security@city.example.jp"}"#;
    let bytes = |texts: &[&str]| {
        texts
            .iter()
            .map(|t| t.as_bytes().to_vec())
            .collect::<Vec<_>>()
    };
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);

    println!("| reader | inputs | taken | refused with a reason | run | median | 99.9 % | slowest | faults |");
    println!("|---|---|---|---|---|---|---|---|---|");
    let file_seeds = bytes(&[&export, &report]);
    let runs = [
        run(
            "export file (`format::parse_import`)",
            n,
            &file_seeds,
            &mut rng,
            |input| match format::parse_import(input, &ids) {
                Ok(_) => Ok(()),
                Err(e) => Err(words(&ImportError::File(e))),
            },
        ),
        run(
            "result codes (`code::find`)",
            n,
            &bytes(&[&chat, &codes[0], &codes[1]]),
            &mut rng,
            |input| {
                let text = String::from_utf8_lossy(input);
                let found = code::find(&text, &ids);
                match found.into_iter().find_map(|(_, r)| r.err()) {
                    None => Ok(()),
                    Some(e) => Err(words(&ImportError::Code(e))),
                }
            },
        ),
        run(
            "site.json (`site::read`)",
            n,
            &bytes(&[site_template, site_full]),
            &mut rng,
            |input| {
                let text = String::from_utf8_lossy(input);
                let (_, problems) = site::read(&text);
                match problems.first() {
                    None => Ok(()),
                    Some(p) => Err(site_problem(p)),
                }
            },
        ),
        run(
            "LMS resume record (`lms::read_record`)",
            n,
            &bytes(&[&codes[1], &chat]),
            &mut rng,
            |input| {
                let text = String::from_utf8_lossy(input);
                // Nothing readable is "no record": the next report repairs it from this
                // device's copy, so its reason is that (never shown as an error).
                let _ = cloud_check::lms::read_record(&text);
                Ok(())
            },
        ),
        run(
            "class overview file (`class::read_file`)",
            n,
            &bytes(&[&export, &report, &chat]),
            &mut rng,
            |input| {
                let read = class::read_file(input, &ids, Lang::Ja);
                match read.into_iter().find_map(|(_, r)| r.err()) {
                    None => Ok(()),
                    Some(e) => Err(words(&e)),
                }
            },
        ),
    ];
    let faults: usize = runs.iter().map(|r| r.faults.len()).sum();
    if faults > 0 {
        eprintln!("{faults} faults");
        std::process::exit(1);
    }
}
