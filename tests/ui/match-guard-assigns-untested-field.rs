//@ run-pass
//@ spec: 20.15
// Only `p.0` is tested, so a guard may assign `p.1`.
fn main() {
    let mut p = (Some(1), 2);
    match p {
        (Some(_), _) if { p.1 = 7; false } => println!("a"),
        _ => println!("b {}", p.1),
    }
}
