//@ run-pass
//@ spec: 20.12
// Naive checker: rejects returning a reborrow of data reached through a parameter.
struct Doc { title: String, tags: Vec<String> }
fn first_tag(d: &Doc) -> &str {
    match d.tags.first() {
        Some(t) => t,
        None => &d.title,
    }
}
fn tags_mut(d: &mut Doc) -> &mut Vec<String> { &mut d.tags }
fn main() {
    let mut d = Doc { title: String::from("t"), tags: Vec::new() };
    println!("{}", first_tag(&d));
    tags_mut(&mut d).push(String::from("rust"));
    println!("{}", first_tag(&d));
}
