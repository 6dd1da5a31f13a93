//@ run-pass
//@ spec: 11.14 11.9 11.10
// A tokenizer that walks a &str with byte-range slices and classifies one-character strs.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind { Number, Ident, Op, Space, Other }

#[derive(Debug, Clone, Copy)]
struct Token { kind: Kind, start: usize, end: usize }

fn classify(c: &str) -> Kind {
    if c >= "0" && c <= "9" {
        Kind::Number
    } else if (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" {
        Kind::Ident
    } else if c == "+" || c == "-" || c == "*" || c == "/" || c == "=" || c == "(" || c == ")" {
        Kind::Op
    } else if c == " " {
        Kind::Space
    } else {
        Kind::Other
    }
}

fn tokenize(src: &str, out: &mut [Token; 32]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < src.len() {
        let k = classify(&src[i..i + 1]);
        let mut j = i + 1;
        if k == Kind::Number || k == Kind::Ident {
            while j < src.len() {
                let k2 = classify(&src[j..j + 1]);
                if k2 == k || (k == Kind::Ident && k2 == Kind::Number) { j += 1; } else { break; }
            }
        }
        if k != Kind::Space {
            out[n] = Token { kind: k, start: i, end: j };
            n += 1;
        }
        i = j;
    }
    n
}

fn main() {
    let src = "total = price_2 * (qty + 15) - 3 # done";
    let mut toks = [Token { kind: Kind::Other, start: 0, end: 0 }; 32];
    let n = tokenize(src, &mut toks);
    println!("{} tokens from {} bytes", n, src.len());
    for t in &toks[..n] {
        let text = &src[t.start..t.end];
        println!("{:>2}..{:<2} {:<7} {:?}", t.start, t.end, format_kind(t.kind), text);
    }
    let mut idents = 0;
    for t in toks[..n].iter() {
        match t.kind {
            Kind::Ident => idents += 1,
            _ => {}
        }
    }
    println!("idents: {}", idents);
    println!("{:?}", toks[0]);
}

fn format_kind(k: Kind) -> &'static str {
    match k {
        Kind::Number => "number",
        Kind::Ident => "ident",
        Kind::Op => "op",
        Kind::Space => "space",
        Kind::Other => "other",
    }
}
