//@ compile-fail
//@ spec: 11.10
enum Msg {
    Move { x: i32, y: i32 },
    Write(u8),
}

fn main() {
    let m = Msg::Write(1);
    match m {
        Msg::Write(a, b) => {} //~ ERROR E0023
        Msg::Move { x, z } => {} //~ ERROR E0026
    }
    match m {
        Msg::Move { x } => {} //~ ERROR E0027
        _ => {}
    }
}
