//@ compile-fail
//@ spec: 12.1, 17.8
// Passing a Vec or Box by value moves it: the caller's variable is unusable afterwards,
// whether the move happened in a call, a for loop, or a push into another Vec.
fn total(v: Vec<i32>) -> i32 {
    v.iter().sum()
}

fn main() {
    let scores = vec![3, 4, 5];
    let t = total(scores);
    println!("{} {}", t, scores.len()); //~ ERROR E0382
    let names = vec![String::from("a"), String::from("b")];
    for n in names {
        println!("{}", n);
    }
    println!("{:?}", names); //~ ERROR E0382
    let b = Box::new(7);
    let mut boxes = Vec::new();
    boxes.push(b);
    println!("{}", b); //~ ERROR E0382
}
