//@ spec: 12.7, 17.1
// A field moved out of a Box on one branch only: where the box dies a drop flag decides
// whether that field is dropped, while the untouched fields always are, in field order.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

struct Rec {
    a: D,
    b: D,
    c: D,
}

fn maybe_take(r: Box<Rec>, which: u8) -> Option<D> {
    println!("which {}", which);
    let out = if which == 1 {
        Some(r.a)
    } else if which == 2 {
        Some(r.c)
    } else {
        None
    };
    println!("  box dies now");
    out
}

fn tuple_box(t: Box<(D, D, i32)>, flag: bool) {
    let _first;
    if flag {
        _first = t.0;
        println!("  took first, n = {}", t.2);
    }
    println!("  end of tuple_box");
}

enum Msg {
    Two(D, D),
    One(D),
}

fn enum_box(m: Box<Msg>, keep_second: bool) -> Option<D> {
    match *m {
        Msg::Two(_, second) if keep_second => Some(second),
        Msg::Two(..) => None,
        Msg::One(x) => Some(x),
    }
}

fn main() {
    for w in 0..3u8 {
        let got = maybe_take(Box::new(Rec { a: D("a"), b: D("b"), c: D("c") }), w);
        println!("  got {}", got.as_ref().map(|d| d.0).unwrap_or("nothing"));
    }
    println!("tuple true");
    tuple_box(Box::new((D("t0"), D("t1"), 9)), true);
    println!("tuple false");
    tuple_box(Box::new((D("u0"), D("u1"), 8)), false);
    println!("enum");
    let k = enum_box(Box::new(Msg::Two(D("x1"), D("x2"))), true);
    println!("  kept {}", k.map(|d| d.0).unwrap_or("-"));
    let k = enum_box(Box::new(Msg::Two(D("y1"), D("y2"))), false);
    println!("  kept {}", k.is_some());
    println!("end");
}
