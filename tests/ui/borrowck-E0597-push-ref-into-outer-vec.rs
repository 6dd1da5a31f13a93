//@ compile-fail
//@ spec: 20.11
// Pushing a reference to an inner local into an outer Vec that is used later.
fn main() {
    let mut names: Vec<&str> = Vec::new();
    {
        let owned = String::from("temp");
        names.push(&owned); //~ ERROR E0597
    }
    println!("{:?}", names);
}
