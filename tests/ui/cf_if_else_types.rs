//@ compile-fail
//@ spec: 5.1 6.9 11.9
// `if` branches and function results of different types: a struct in one
// branch and an enum in the other, a unit struct where a tuple struct is
// expected, and a missing `else` that yields a value.
struct Meters(u32);
struct Feet(u32);
struct Unit;

enum Dir {
    Up,
    Down,
}

fn pick(flag: bool) -> Meters {
    if flag {
        Meters(1)
    } else {
        Feet(3) //~ ERROR E0308
    }
}

fn dir(up: bool) -> Dir {
    if up { Dir::Up } else { Unit } //~ ERROR E0308
}

fn conv(f: Feet) -> Meters {
    f //~ ERROR E0308
}

fn main() {
    let m: Meters = Meters(1);
    let n: Feet = m; //~ ERROR E0308
    let d: Dir = Dir::Down;
    let k: u8 = d; //~ ERROR E0308
}
