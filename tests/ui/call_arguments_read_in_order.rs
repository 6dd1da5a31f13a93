//@ run-pass
//@ spec: 3.2
// A call reads each argument when it is evaluated, left to right: a place passed before
// an argument that changes it passes the old value (for a field, a local, a receiver).
struct S {
    a: i32,
}

impl S {
    fn plus(self, y: i32) -> i32 {
        self.a * 10 + y
    }
}

#[derive(Clone, Copy)]
struct P {
    a: i32,
}

impl P {
    fn plus(self, y: i32) -> i32 {
        self.a * 10 + y
    }
}

fn foo(x: i32, y: i32) -> i32 {
    x * 10 + y
}

fn main() {
    let mut s = S { a: 1 };
    let r = foo(s.a, {
        s.a = 5;
        2
    });
    println!("{} {}", r, s.a);
    let mut v = 3;
    let q = foo(v, {
        v += 1;
        v
    });
    println!("{}", q);
    let mut p = P { a: 7 };
    let w = p.plus({
        p.a = 1;
        p.a
    });
    println!("{} {}", w, p.a);
    println!("{}", s.plus(4));
}
