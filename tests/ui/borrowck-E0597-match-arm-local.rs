//@ compile-fail
//@ spec: 20.11
// A local of a match arm is borrowed by a value that outlives the match (E0597); in the other
// arm, a temporary assigned by reference (not in a `let`) dies at the end of its statement.
fn main() {
    let label: &String;
    let n = 2;
    match n {
        0 => { label = &String::new(); } //~ ERROR E0716
        _ => {
            let s = format!("n={}", n);
            label = &s; //~ ERROR E0597
        }
    }
    println!("{}", label);
}
