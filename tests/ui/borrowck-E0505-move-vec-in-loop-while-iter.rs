//@ compile-fail
//@ spec: 20.9
// `for x in &v` borrows v for the loop; moving v in the body while the loop goes on is E0505
// (with a `return` after the move, the loan would be dead and rustc would accept it).
fn consume(v: Vec<i32>) -> usize { v.len() }
fn main() {
    let v = vec![1, 2];
    for x in &v {
        if *x == 2 {
            let n = consume(v); //~ ERROR E0505
            //~^ ERROR E0382
            println!("{}", n);
        }
    }
}
