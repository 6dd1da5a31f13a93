//@ spec: 12.5, 12.9
// A callee that takes a value by parameter drops it when it returns (after its locals),
// unless it gives it back; a returned value belongs to the caller and is not dropped twice.
struct Crate(&'static str);
impl Drop for Crate {
    fn drop(&mut self) {
        println!("crate {} broken down", self.0);
    }
}

fn inspect(c: Crate) {
    let _note = Crate("inspection note");
    println!("inspecting {}", c.0);
}

fn pass_back(c: Crate) -> Crate {
    println!("passing back {}", c.0);
    c
}

fn swap_out(old: Crate, name: &'static str) -> Crate {
    println!("swapping {} for {}", old.0, name);
    Crate(name)
}

fn build(name: &'static str) -> Crate {
    let scratch = Crate("scratch");
    let result = Crate(name);
    println!("built {} using {}", result.0, scratch.0);
    result
}

fn pick(a: Crate, b: Crate, first: bool) -> Crate {
    if first { a } else { b }
}

fn main() {
    inspect(Crate("apples"));
    let pears = pass_back(Crate("pears"));
    println!("got back {}", pears.0);
    let plums = swap_out(pears, "plums");
    println!("now holding {}", plums.0);
    let built = build("figs");
    println!("main has {}", built.0);
    let chosen = pick(Crate("left"), Crate("right"), false);
    println!("chose {}", chosen.0);
    pass_back(Crate("ignored result"));
    println!("end of main");
}
