//@ compile-fail
//@ spec: 11.9
enum Color {
    Red,
    Green,
}

fn main() {
    let c = Color::Blue; //~ ERROR E0599
    let d = Color::Red;
    match d {
        Color::Purple => {} //~ ERROR E0599
        _ => {}
    }
}
