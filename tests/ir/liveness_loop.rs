//@ run-pass
//@ check-liveness
//@ spec: 9.3
// Liveness around a loop: what the loop reads on its next pass (`i`, `n`, `sum`) stays
// live across the back edge, and `n` is dead once the loop has exited.
fn sum_to(n: u32) -> u32 {
    let mut sum = 0;
    let mut i = 0;
    while i < n {
        i += 1;
        sum += i;
    }
    sum
}

fn main() {
    assert!(sum_to(4) == 10);
}
