//@ spec: 17.1
// `*b` moves the value out of an owned Box (the box's memory is freed, the value lives
// on); a Box behind a reference is only read through. Also write! into a String.
use std::fmt::Write;

struct Part(&'static str);
impl Drop for Part {
    fn drop(&mut self) {
        println!("part {} dropped", self.0);
    }
}

enum Chain {
    Link(u32, Box<Chain>),
    End,
}

fn total(c: Chain) -> u32 {
    match c {
        Chain::Link(v, rest) => v + total(*rest),
        Chain::End => 0,
    }
}

fn open(b: Box<Part>) -> Part {
    let inner = *b;
    println!("opened {}", inner.0);
    inner
}

fn main() {
    let p = open(Box::new(Part("gear")));
    let chain = Chain::Link(3, Box::new(Chain::Link(4, Box::new(Chain::End))));
    println!("total {}", total(chain));
    let boxed_text = Box::new(String::from("moved out"));
    let text: String = *boxed_text;
    let mut report = String::new();
    write!(report, "{} / {}", text, p.0).unwrap();
    writeln!(report, " ({} bytes)", text.len()).unwrap();
    print!("{}", report);
    println!("end");
}
