//@ compile-fail
//@ spec: 20.11
// A local of the loop body dies at the end of each iteration; a reference to it is kept.
fn main() {
    let mut keep: Vec<&i32> = Vec::new();
    for i in 0..3 {
        let sq = i * i;
        keep.push(&sq); //~ ERROR E0597
    }
    println!("{:?}", keep);
}
