//@ spec: 11.4, 14.11, 17.11
// A derived Clone clones every field with that field's own Clone, as rustc's derive
// does: a String gets a buffer of its own, an Rc's count goes up, a hand-written clone
// runs, and enum variants, tuples, arrays and Options clone part by part.
use std::rc::Rc;

#[derive(Clone, Debug)]
struct Student {
    name: String,
    scores: Vec<u32>,
    mentor: Option<Box<Student>>,
}

#[derive(Clone, Debug)]
enum Shape {
    Circle { label: String, r: f64 },
    Poly(Vec<(i32, i32)>),
    Empty,
}

struct Versioned(u32);
impl Clone for Versioned {
    fn clone(&self) -> Versioned {
        println!("  cloning version {}", self.0);
        Versioned(self.0 + 1)
    }
}

#[derive(Clone)]
struct Doc {
    title: String,
    version: Versioned,
    shared: Rc<String>,
}

fn main() {
    let ada = Student { name: String::from("Ada"), scores: vec![90, 85], mentor: None };
    let bob = Student { name: String::from("Bob"), scores: vec![70], mentor: Some(Box::new(ada.clone())) };
    let mut copy = bob.clone();
    drop(bob);
    copy.name.push_str(" II");
    copy.scores.push(99);
    println!("{:?}", copy);
    println!("original mentor kept: {}", ada.name);

    let shapes = vec![Shape::Circle { label: String::from("c"), r: 1.5 }, Shape::Poly(vec![(0, 0), (1, 2)]), Shape::Empty];
    let again = shapes.clone();
    drop(shapes);
    println!("{:?}", again);

    let d = Doc { title: String::from("notes"), version: Versioned(1), shared: Rc::new(String::from("body")) };
    let d2 = d.clone();
    println!("{} v{} / {} v{}, {} owners", d.title, d.version.0, d2.title, d2.version.0, Rc::strong_count(&d.shared));
    drop(d2);
    println!("{} owner after drop", Rc::strong_count(&d.shared));

    let pair = (String::from("left"), Versioned(7));
    let pair2 = pair.clone();
    let arr = [Some(String::from("x")), None];
    let arr2 = arr.clone();
    drop(arr);
    println!("{} {} {:?}", pair2.0, pair2.1 .0, arr2);
    let words: Vec<&str> = vec!["ref", "elements"];
    let refs = words.clone();
    println!("{:?} {:?}", refs, ["to", "vec"].to_vec());
}
