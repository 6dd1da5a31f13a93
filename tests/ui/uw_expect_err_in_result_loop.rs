//@ run-fail
//@ spec: 8.1, 12.8
// expect() on an Err inside a loop: the loop-local guard of the failing iteration and
// the partially built Vec of earlier results are dropped, but earlier iterations'
// guards (already dropped) must not be dropped a second time.
struct Step(u32);

impl Drop for Step {
    fn drop(&mut self) {
        println!("end step {}", self.0);
    }
}

struct Parsed {
    text: String,
}

impl Drop for Parsed {
    fn drop(&mut self) {
        println!("free parsed {}", self.text);
    }
}

fn parse(s: &str) -> Result<u32, String> {
    s.parse::<u32>().map_err(|_| format!("bad number '{}'", s))
}

fn parse_all(words: &[&str]) -> Vec<Parsed> {
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let _step = Step(i as u32);
        let n = parse(w).expect("every word must be a number");
        out.push(Parsed { text: format!("{}={}", w, n) });
    }
    out
}

fn main() {
    let ok = parse_all(&["1", "22"]);
    println!("parsed {} values", ok.len());
    drop(ok);
    let bad = parse_all(&["3", "44", "x5", "6"]);
    println!("unreachable {}", bad.len());
}
