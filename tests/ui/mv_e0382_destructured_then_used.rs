//@ compile-fail
//@ spec: 12.1.1, 12.7
// A destructuring `let` or a `while let` that binds a non-Copy part by value moves that
// part out: the part and the whole are unusable afterwards, the other parts are not.
struct Pair {
    left: String,
    right: String,
}

fn main() {
    let pair = (String::from("a"), String::from("b"));
    let (a, _) = pair;
    println!("{} {}", a, pair.1);
    println!("{}", pair.0); //~ ERROR E0382
    let p = Pair { left: String::from("l"), right: String::from("r") };
    let Pair { left, .. } = p;
    let right = p.right;
    println!("{} {}", left, right);
    let again = p.left; //~ ERROR E0382
    let mut stack = vec![Some(String::from("x"))];
    let top = stack.pop();
    while let Some(Some(s)) = top {
        println!("{}", s);
        break;
    }
    println!("{} {:?}", again, top); //~ ERROR E0382
}
