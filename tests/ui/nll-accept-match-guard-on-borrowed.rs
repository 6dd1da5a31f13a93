//@ run-pass
//@ spec: 20.15
// Naive checker: rejects mutating the scrutinee in an arm after a guard read it.
enum Shape { Circle(i32), Rect(i32, i32) }
fn main() {
    let mut shapes = vec![Shape::Circle(2), Shape::Rect(3, 4), Shape::Rect(5, 5)];
    let mut squares = 0;
    for s in shapes.iter_mut() {
        match s {
            Shape::Rect(w, h) if *w == *h => { squares += 1; *w += 1; }
            Shape::Rect(w, _) => *w *= 2,
            Shape::Circle(r) if *r > 1 => *r -= 1,
            Shape::Circle(_) => {}
        }
    }
    for s in &shapes {
        match s {
            Shape::Circle(r) => print!("c{} ", r),
            Shape::Rect(w, h) => print!("r{}x{} ", w, h),
        }
    }
    println!("squares {}", squares);
}
