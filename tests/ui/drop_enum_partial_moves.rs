//@ spec: 12.7
// A field moved out of an enum's variant leaves the variant's other fields to be dropped
// where the enum dies; a variant that was not matched is dropped whole.
struct Res(&'static str);
impl Drop for Res {
    fn drop(&mut self) {
        println!("release {}", self.0);
    }
}

enum Holding {
    Pair(Res, Res),
    Single(Res),
    Nothing,
}

fn first_of(h: Holding) -> Option<Res> {
    match h {
        Holding::Pair(a, _) => Some(a),
        Holding::Single(only) => Some(only),
        Holding::Nothing => None,
    }
}

fn main() {
    let kept = first_of(Holding::Pair(Res("left"), Res("right")));
    println!("kept {}", kept.as_ref().map(|r| r.0).unwrap_or("-"));
    let single = Holding::Single(Res("alone"));
    if let Holding::Pair(_, second) = single {
        println!("never {}", second.0);
    }
    println!("after if-let");
    let pair = Holding::Pair(Res("x"), Res("y"));
    let use_it = pair.len_hint() > 0;
    if use_it {
        if let Holding::Pair(_, y) = pair {
            println!("took {}", y.0);
        }
    }
    let _none = first_of(Holding::Nothing);
    println!("end");
}

impl Holding {
    fn len_hint(&self) -> usize {
        match self {
            Holding::Pair(..) => 2,
            Holding::Single(_) => 1,
            Holding::Nothing => 0,
        }
    }
}
