//@ run-pass
//@ check-ir
//@ spec: 9.4
// A loop-local String and the temporaries of each statement: every `break` and
// `continue` ends their storage (after the String's drop), as the fall-through does.
fn main() {
    let mut total = 0;
    for i in 0..5 {
        let word = String::from("ab");
        if i == 1 {
            continue;
        }
        if i == 3 {
            break;
        }
        total += word.len() + i;
    }
    println!("{}", total);
}
