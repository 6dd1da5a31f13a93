//@ run-pass
//@ spec: 8.2
fn main() {
    let x = 5;
    assert!(x == 5);
    assert!(x > 1, "x was {}", x);
    assert_eq!(x + 1, 6);
    assert_ne!(x, 6, "values must differ");
    assert_eq!('a', 'a');
    assert_eq!(true, !false);
    println!("all assertions passed");
}
