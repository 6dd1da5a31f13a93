//@ run-fail
//@ spec: 8.1, 12.8, 12.6
// Temporaries already built in the statement that panics (call arguments evaluated
// earlier, a struct literal's first fields, a method receiver) are dropped by the
// unwind, in reverse order of creation, before the enclosing locals.
struct Temp(String);

impl Drop for Temp {
    fn drop(&mut self) {
        println!("drop temp {}", self.0);
    }
}

struct Trio {
    a: Temp,
    b: Temp,
    c: Temp,
}

fn make(s: &str) -> Temp {
    println!("make {}", s);
    Temp(s.to_string())
}

fn fail_make(s: &str, ok: bool) -> Temp {
    if !ok {
        panic!("cannot make {}", s);
    }
    make(s)
}

fn combine(x: Temp, y: Temp, z: Temp) -> usize {
    x.0.len() + y.0.len() + z.0.len()
}

fn main() {
    let _local = make("local");
    println!("sum {}", combine(make("x1"), make("y1"), fail_make("z1", true)));
    let t = Trio { a: make("a"), b: make("b"), c: make("c") };
    println!("trio {} {} {}", t.a.0, t.b.0, t.c.0);
    let n = combine(make("x2"), make("y2"), fail_make("z2", false));
    println!("unreachable {}", n);
}
