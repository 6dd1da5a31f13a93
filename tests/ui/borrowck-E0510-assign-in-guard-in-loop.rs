//@ compile-fail
//@ spec: 20.15
// In a loop, one guard assigns the scrutinee (an error) while an arm body may (fine).
fn main() {
    let mut x = Some(3);
    loop {
        match x {
            Some(n) if n > 0 => x = Some(n - 1),
            Some(_) if { x = None; true } => break, //~ ERROR E0510
            _ => break,
        }
    }
    println!("{:?}", x);
}
