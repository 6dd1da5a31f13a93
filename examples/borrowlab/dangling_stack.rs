//@ compile-fail
//@ spec: 21.4, 21.4c
// Borrow lab: a reference to a dead stack frame. `longest` returns a reference to its
// own local `best`, whose storage ends when the function returns.
//
//   patina dangling_stack.rs                   rejected: E0515 at the return
//   patina --borrowck=off -Z sanitizer=address dangling_stack.rs && ./dangling_stack
//                                              ASan: stack-use-after-return at the read
//   patina --borrowck=off dangling_stack.rs    runs, and reads whatever the next call
//                                              left in that stack slot
fn longest<'a>(words: &[&str]) -> &'a usize {
    let mut best = 0;
    for w in words {
        if w.len() > best {
            best = w.len();
        }
    }
    &best //~ ERROR E0515
}

fn main() {
    let words = ["ownership", "borrow", "lifetime"];
    let n = longest(&words);
    let len = *n; // asan: stack-use-after-return
    println!("the longest word has {} letters", len);
}
