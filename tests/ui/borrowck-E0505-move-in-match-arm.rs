//@ compile-fail
//@ spec: 20.9
// Moving the scrutinee inside an arm whose binding still borrows it.
fn take(o: Option<String>) -> usize { o.map(|s| s.len()).unwrap_or(0) }
fn main() {
    let o = Some(String::from("x"));
    match &o {
        Some(s) => {
            let n = take(o); //~ ERROR E0505
            println!("{} {}", s, n);
        }
        None => {}
    }
}
