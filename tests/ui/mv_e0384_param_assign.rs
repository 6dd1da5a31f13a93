//@ compile-fail
//@ spec: 4.2, 3.1
// Parameters are immutable bindings too: a function or closure that wants to change its
// argument must declare it `mut x`; assigning to a destructured parameter is also E0384.
// Moving the value away does not make an immutable variable assignable again.
fn countdown(n: u32) -> u32 {
    while n > 0 {
        n -= 1; //~ ERROR E0384
    }
    n
}

fn normalize((x, y): (i32, i32)) -> (i32, i32) {
    if x < 0 {
        x = -x; //~ ERROR E0384
    }
    (x, y)
}

fn rename(name: String) -> String {
    name = name + "!"; //~ ERROR E0384
    name
}

fn take(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("a");
    let n = take(s);
    s = String::from("b"); //~ ERROR E0384
    let clamp = |v: i32| {
        if v > 9 {
            v = 9; //~ ERROR E0384
        }
        v
    };
    println!("{} {:?} {} {} {} {}", countdown(3), normalize((-1, 2)), rename(String::new()), clamp(12), n, s);
}
