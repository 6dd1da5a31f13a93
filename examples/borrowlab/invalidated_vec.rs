//@ compile-fail
//@ spec: 21.4, 21.4b
// Borrow lab: iterator invalidation. `leader` points into the Vec's buffer; the pushes
// outgrow it, so Vec moves its elements to a bigger buffer and frees the old one.
//
//   patina invalidated_vec.rs                  rejected: E0502 at the push
//   patina --borrowck=off -Z sanitizer=address invalidated_vec.rs && ./invalidated_vec
//                                              ASan: heap-use-after-free at the read
//   patina --borrowck=off invalidated_vec.rs   runs, and prints whatever the freed
//                                              buffer holds by then
fn main() {
    let mut scores = vec![90, 85, 77];
    let leader = &scores[0];
    for round in 0..10 {
        scores.push(60 + round); //~ ERROR E0502
    }
    let best = *leader; // asan: heap-use-after-free
    println!("the leader scored {}", best);
}
