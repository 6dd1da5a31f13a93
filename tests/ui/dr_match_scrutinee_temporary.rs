//@ spec: 12.5, 12.6
// A temporary in a `match` scrutinee or `if let` lives until the whole match (or if-let
// statement) ends, after the arm's bindings; an `if` condition's temporary dies first.
struct Probe {
    level: i32,
}
impl Drop for Probe {
    fn drop(&mut self) {
        println!("probe {} released", self.level);
    }
}
impl Probe {
    fn reading(&self) -> Option<i32> {
        if self.level > 0 { Some(self.level * 10) } else { None }
    }
    fn level(&self) -> i32 {
        self.level
    }
}

struct Guard(&'static str);
impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard {} dropped", self.0);
    }
}

fn probe(level: i32) -> Probe {
    Probe { level }
}

fn main() {
    match probe(3).reading() {
        Some(v) => {
            let _g = Guard("arm some");
            println!("reading {}", v);
        }
        None => println!("no reading"),
    }
    println!("after first match");
    match probe(-1).level() {
        n if n < 0 => println!("negative {}", n),
        n => println!("level {}", n),
    }
    println!("after second match");
    if let Some(v) = probe(5).reading() {
        let _g = Guard("if let body");
        println!("if let got {}", v);
    } else {
        println!("if let missed");
    }
    println!("after if let");
    if probe(7).level() > 6 {
        let _g = Guard("if body");
        println!("if condition was true");
    }
    println!("after if");
    let mut n = 0;
    while probe(n).level() < 2 {
        println!("loop body {}", n);
        n += 1;
    }
    println!("end of main");
}
