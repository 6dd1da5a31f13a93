//@ compile-fail
//@ spec: 21.1, 21.3
// Borrow lab: NLL problem case #3. The `&mut` that `first_mut` returns flows into the
// result only on the path that returns it; on the other path the Vec is free again. NLL
// gives a region one extent for the whole body, so the loan is live at the push (E0499);
// Polonius asks, point by point, whether the loan can still reach a use, and accepts.
//
//   patina conditional_return.rs                       rejected: E0499 at the push
//   patina --borrowck=polonius conditional_return.rs   accepted; it runs
fn first_or_insert(names: &mut Vec<String>) -> &mut String {
    if let Some(first) = names.first_mut() {
        return first;
    }
    names.push(String::from("nobody")); //~ ERROR E0499
    names.first_mut().unwrap() //~ ERROR E0499
}

fn main() {
    let mut names = Vec::new();
    first_or_insert(&mut names).push_str(" (added)");
    println!("{:?}", names);
    first_or_insert(&mut names).push_str(" (again)");
    println!("{:?}", names);
}
