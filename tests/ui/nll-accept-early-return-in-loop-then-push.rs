//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `it` (a borrow of `*v`) stays in scope after the loop, at `v.push`.
fn first_negative_or_push(v: &mut Vec<i32>) -> i32 {
    let it = v.iter();
    for x in it {
        if *x < 0 {
            return *x;
        }
    }
    v.push(-1);
    -1
}
fn main() {
    let mut a = vec![1, -4, 2];
    let mut b = vec![1, 2];
    println!("{} {}", first_negative_or_push(&mut a), first_negative_or_push(&mut b));
    println!("{:?} {:?}", a, b);
}
