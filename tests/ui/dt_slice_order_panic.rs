//@ run-fail
//@ spec: 11.8 8.1
// A reversed range (start > end) in a slice expression panics with "slice index starts at".
#[derive(Debug, Clone, Copy)]
struct Span { lo: usize, hi: usize }

fn main() {
    let text = [b'r', b'u', b's', b't', b'y'];
    let spans = [Span { lo: 0, hi: 4 }, Span { lo: 1, hi: 1 }, Span { lo: 3, hi: 2 }];
    for sp in spans {
        let part = &text[sp.lo..sp.hi];
        println!("{:?} -> {:?} (len {})", sp, part, part.len());
    }
}
