//@ run-pass
//@ spec: 10.3
// Derived PartialEq, PartialOrd, Ord, Clone and Debug on types that contain other derived
// types: a recursive enum through Box, a generic struct over Vec<T> and Option<T>, enums
// with data. Each derived method is one generated body per type, called at every use.
#[derive(Debug, Clone, PartialEq, PartialOrd)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, PartialEq, PartialOrd)]
struct Wrapper<T> {
    items: Vec<T>,
    best: Option<T>,
    name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Shape {
    Dot(Point),
    Line { from: Point, to: Point },
    Empty,
}

fn list(values: &[i32]) -> List {
    let mut l = List::Nil;
    for v in values.iter().rev() {
        l = List::Cons(*v, Box::new(l));
    }
    l
}

fn main() {
    let a = list(&[1, 2, 3]);
    let b = a.clone();
    let c = list(&[1, 2, 4]);
    println!("{} {} {}", a == b, a == c, a != c);
    println!("{:?} {:?}", a < c, c.partial_cmp(&a));
    println!("{:?}", b);
    println!("{:#?}", list(&[7]));

    let p = Point { x: 1, y: 2 };
    let w = Wrapper { items: vec![p, Point { x: 0, y: 5 }], best: Some(p), name: String::from("w") };
    let mut w2 = w.clone();
    println!("{} {:?}", w == w2, w.partial_cmp(&w2));
    w2.items.push(Point { x: 9, y: 9 });
    println!("{} {} {:?}", w == w2, w < w2, w2.partial_cmp(&w));
    println!("{:?}", w);
    println!("{:#?}", w2);
    let nums = Wrapper { items: vec![3u8, 4], best: None, name: String::new() };
    println!("{:?} {}", nums, nums == nums.clone());

    let mut shapes = vec![
        Shape::Empty,
        Shape::Line { from: p, to: Point { x: 3, y: 3 } },
        Shape::Dot(Point { x: 2, y: 0 }),
        Shape::Dot(p),
    ];
    shapes.sort();
    println!("{:?}", shapes);
    println!("{:?} {:?}", shapes.iter().max(), Shape::Empty.cmp(&Shape::Dot(p)));
    println!("[{:>20?}] [{:<8?}] [{:+?}]", p, Shape::Empty, Point { x: 4, y: -4 });
    let pair = (Shape::Dot(p), list(&[5]));
    println!("{:#?}", pair);
    assert_eq!(pair.1.clone(), list(&[5]));
    assert_ne!(Shape::Empty, pair.0);
}
